## diagnostics модулінің хабарлары

location-command-line = (команда жолы)
