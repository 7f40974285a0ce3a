"""XML processing: the `xml.etree` package (ElementTree) is what Edge Python provides."""
