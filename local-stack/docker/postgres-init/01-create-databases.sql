-- Run by the official postgres image the first time its data volume is initialised (docker-compose.yml).
-- Each service owns its database; Flyway in each service creates the tables. cse_keys holds the per-case data keys
-- (docs/adr/050-crypto-shredding.md), apart from every event.
CREATE DATABASE cse_command;
CREATE DATABASE cse_query;
CREATE DATABASE cse_keys;
-- Keycloak's own database (sign-in; docker-compose only). A volume initialised before Keycloak was added lacks it:
-- docker compose exec postgres createdb -U "$CSE_DB_USER" keycloak
CREATE DATABASE keycloak;
