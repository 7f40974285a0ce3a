//! Class creation: `__build_class__`, metaclasses and the C3 method resolution order.
