## diagnostics модулінің хабарлары

location-command-line = (командалық жол)
