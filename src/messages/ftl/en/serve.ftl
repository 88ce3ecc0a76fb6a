## Messages of the module serve

serve-round = { $stage }: { $files ->
    [one] { $files } file changed
   *[other] { $files } files changed
}, { $pages ->
    [one] { $pages } page rendered
   *[other] { $pages } pages rendered
} in { $ms } ms
serve-round-built = built
serve-round-rebuilt = rebuilt
serve-round-done = done
serve-cannot-start = cannot start the server: { $error }
serve-port-taken = cannot listen on { $address }: another program (perhaps another ozyq serve) uses the port; choose another port with --port
serve-cannot-listen = cannot listen on { $address }: { $error }
serve-work-first-build = the first build
serve-work-rebuild = the rebuild
serve-work-writing = writing { $file }
serve-overlay-heading = ozyq: the site cannot be rebuilt (the last good pages are shown)
serve-overlay-close = Close (Escape)
