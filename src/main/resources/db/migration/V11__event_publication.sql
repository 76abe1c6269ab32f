-- Spring Modulith's event publication registry (spring-modulith-events-jpa 1.4, completion mode
-- "update"): one row per event and @ApplicationModuleListener, completed when the listener's
-- transaction commits; a row without completion_date is a reaction still owed. The PostgreSQL schema
-- Spring Modulith 1.4 documents, so that Hibernate's validation of DefaultJpaEventPublication passes.
create table event_publication (
    id               uuid                     not null,
    listener_id      text                     not null,
    event_type       text                     not null,
    serialized_event text                     not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone,
    primary key (id)
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
