-- PostGIS before any table uses geometry. IF NOT EXISTS: a server where an admin already enabled it.
CREATE EXTENSION IF NOT EXISTS postgis;
