"""Listener groups, each registered by its own ``register(app, deps)``."""
