-- Run by the official postgres image the first time its data volume is initialised (docker-compose.yml).
-- Each service owns its database; Flyway in each service creates the tables.
CREATE DATABASE cse_command;
CREATE DATABASE cse_query;
