-- Run by the official postgres image the first time its data volume is initialised (docker-compose.yml).
-- Each service owns its database; Flyway in each service creates the tables. cse_keys holds the per-case data keys
-- (docs/adr/050-crypto-shredding.md), apart from every event.
CREATE DATABASE cse_command;
CREATE DATABASE cse_query;
CREATE DATABASE cse_keys;
