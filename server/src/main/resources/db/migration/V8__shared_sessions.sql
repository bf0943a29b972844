-- What several servers behind a load balancer must share besides the disclosures: signed-in sessions and the count of
-- failed sign-ins (docs/scaling.md).

-- Sessions (Spring Session JDBC): its own PostgreSQL schema, copied unchanged from schema-postgresql.sql in the
-- spring-session-jdbc jar (3.5), made here rather than by Spring Session (spring.session.jdbc.initialize-schema=never)
-- so that Flyway alone changes the schema.
CREATE TABLE SPRING_SESSION (
	PRIMARY_ID CHAR(36) NOT NULL,
	SESSION_ID CHAR(36) NOT NULL,
	CREATION_TIME BIGINT NOT NULL,
	LAST_ACCESS_TIME BIGINT NOT NULL,
	MAX_INACTIVE_INTERVAL INT NOT NULL,
	EXPIRY_TIME BIGINT NOT NULL,
	PRINCIPAL_NAME VARCHAR(100),
	CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);

CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
	SESSION_PRIMARY_ID CHAR(36) NOT NULL,
	ATTRIBUTE_NAME VARCHAR(200) NOT NULL,
	ATTRIBUTE_BYTES BYTEA NOT NULL,
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
	CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES SPRING_SESSION(PRIMARY_ID) ON DELETE CASCADE
);

-- Failed sign-ins (security/LoginThrottle): a row per account and client address, and a row per client address. A row
-- whose last failure is older than the lock (15 minutes) means nothing any more and is deleted at the next failure,
-- so the table holds at most the last quarter hour's failures (by last_at).
create table login_failure (
    key text primary key,
    count int not null,
    last_at timestamptz not null
);

create index login_failure_last_at on login_failure (last_at);
