"""The append-only audit log every workspace keeps (moderation, hotline, helpline statistics): one abstract entry
with who, what and when as plain values, refused changes in Python, and a database trigger that refuses them
too. Each domain keeps its own table with the columns its entries need."""
