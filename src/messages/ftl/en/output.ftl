## Messages of the module output

output-holds-source = the output folder holds the site's own { $source }; a build would delete it
output-inside-source = the output folder is inside the site's { $source }; a build would delete files there
output-not-a-folder = the output path is a file, not a folder
output-not-our-file = the output path is a file of another kind; writing would overwrite it
output-not-made-by-ozyq = the output folder has files in it and was not made by ozyq; a build would delete them
output-force-hint = choose an empty or new folder, or add --force to delete what is in it
output-choose-folder-hint = choose a folder beside the site's sources, like output/ or a new folder outside the site
