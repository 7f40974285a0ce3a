print("trying")
import totally_missing_module
