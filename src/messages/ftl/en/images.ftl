## Messages of the module images: why a photo cannot be published

images-empty = the image file is empty
images-unsupported = { $format } images cannot be shown on the site
images-not-an-image = this is not a { $format } image (its content is not one)
images-too-large = the image is { $width } × { $height } pixels, more than the { $max } megapixels allowed
images-truncated = the image cannot be read: the file ends before the picture does (it was not copied whole)
images-no-pixels = the image cannot be read: it has no pixels
images-damaged = the image cannot be read: { $detail }
images-cannot-read = cannot read the file: { $error }
images-save-as-jpeg-hint = save it as JPEG: on an iPhone, Settings → Camera → Formats → Most Compatible (or share the photo to Files as JPEG); on Windows, open it in Photos, … → Save as → .jpg
images-make-smaller-hint = make it smaller in a photo editor (4000 px wide is plenty), or raise images.max_megapixels in config.yaml
images-copy-again-hint = copy the photo again from the phone or camera, or open it and save it again as JPEG
images-check-file-hint = check that the file can be opened
