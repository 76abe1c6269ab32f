#!/bin/sh
# Run once by the postgres image on an empty volume (docker-entrypoint-initdb.d): Copact's two roles.
# copact_owner owns the database and its schema and runs the migrations; copact_app, as which Copact
# connects, gets rows only (Copact grants them after every migration run). Neither is a superuser.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v db="$POSTGRES_DB" -v owner_password="$COPACT_DB_OWNER_PASSWORD" -v app_password="$COPACT_DB_PASSWORD" <<'SQL'
create role copact_owner login password :'owner_password';
create role copact_app login password :'app_password';
alter database :"db" owner to copact_owner;
alter schema public owner to copact_owner;
revoke create on schema public from public;
SQL
