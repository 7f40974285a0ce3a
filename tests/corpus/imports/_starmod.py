__all__ = ["exported", "also"]
exported = "exported value"
also = "also exported"
not_listed = "hidden by __all__"
