## serve модулінің хабарлары

serve-round = { $stage }: { $files } файл өзгерді, { $pages } бет { $ms } мс ішінде жасалды
serve-round-built = жиналды
serve-round-rebuilt = қайта жиналды
serve-round-done = толық дайын
serve-cannot-start = серверді іске қосу мүмкін болмады: { $error }
serve-port-taken = сайтты { $address } мекенжайында ашу мүмкін емес: бұл портты басқа бағдарлама (мүмкін, тағы бір ozyq serve) пайдаланып отыр; --port арқылы басқа порт таңдаңыз
serve-cannot-listen = сайтты { $address } мекенжайында ашу мүмкін емес: { $error }
serve-work-first-build = алғашқы жинау
serve-work-rebuild = қайта жинау
serve-work-writing = { $file } файлын жазу
serve-overlay-heading = ozyq: сайтты қайта жинау мүмкін емес (соңғы дұрыс беттер көрсетілген)
serve-overlay-close = Жабу (Escape)
