## Messages of the module content-list-file

content-list-file-is-a-list-hint = the file is a list: each item starts with «- id: …» and its fields are indented below it
