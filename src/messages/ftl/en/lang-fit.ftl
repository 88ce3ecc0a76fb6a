## Messages of the module lang-fit: what the printed catalogue did to a text

fit-cut = cut to { $chars } characters
fit-broken = broken where it runs over { $run } characters without a space
fit-cut-and-broken = cut to { $chars } characters and broken where it runs over { $run } characters without a space
