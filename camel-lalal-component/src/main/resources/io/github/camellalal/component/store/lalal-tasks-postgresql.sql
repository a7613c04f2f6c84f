-- Tasks tracked by lalal:tasks consumers (JdbcTaskStore). ${table} is the table name, lalal_task by default.
-- One row per file tracked now: a row is deleted when the file's terminal state was delivered.
CREATE TABLE IF NOT EXISTS ${table} (
    task_id     VARCHAR(255) PRIMARY KEY,
    state       VARCHAR(32),
    progress    INTEGER,
    owner       VARCHAR(255),
    lease_until TIMESTAMP WITH TIME ZONE,
    added_at    TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX IF NOT EXISTS ${index} ON ${table} (owner);
