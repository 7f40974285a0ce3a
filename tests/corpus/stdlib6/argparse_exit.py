# A script run without its required argument: usage and the error go to stderr, exit 2.
import argparse

parser = argparse.ArgumentParser(description="Resize images.")
parser.add_argument("path", help="image to resize")
parser.add_argument("--width", type=int, default=640)
print("parsing")
args = parser.parse_args()
print("not reached", args)
