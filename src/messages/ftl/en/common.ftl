## Messages many modules use.

did-you-mean = did you mean `{ $name }`?
