s = "never closed
