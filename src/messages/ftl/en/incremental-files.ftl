## Messages of the module incremental-files

incremental-files-cannot-write = cannot write: { $e }
incremental-files-cannot-copy-output = cannot copy to the output: { $e }
