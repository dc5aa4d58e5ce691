"""Write extractions into the alembic-owned `staging` schema."""
