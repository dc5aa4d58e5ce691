"""The PostgreSQL warehouse: which server, how to reach it, and its schema."""

from etl.warehouse.connection import DatabaseUnavailable, Warehouse, open_warehouse

__all__ = ["DatabaseUnavailable", "Warehouse", "open_warehouse"]
