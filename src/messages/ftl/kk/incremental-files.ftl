## incremental-files модулінің хабарлары

incremental-files-cannot-write = жазу мүмкін болмады: { $e }
incremental-files-cannot-copy-output = output қалтасына көшіру мүмкін болмады: { $e }
