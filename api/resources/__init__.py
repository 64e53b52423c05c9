"""The HTTP resources: one blueprint each, schemas beside them."""
