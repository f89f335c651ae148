"""Everything that touches the data folder: the store, atomic files, backups, salvage, migrations,
archive and CSV export. No other module reads or writes there."""
