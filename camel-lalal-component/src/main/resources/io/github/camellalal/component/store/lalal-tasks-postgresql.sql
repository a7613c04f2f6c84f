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
-- What the last check saw (by whichever instance) and when the task is next due for a check: added to tables of
-- earlier releases too.
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS source_seconds INTEGER;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS seen_state VARCHAR(32);
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS seen_progress INTEGER;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS first_progress_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS first_progress INTEGER;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS seen_status TEXT;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS due_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS taken_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX IF NOT EXISTS ${index}_due ON ${table} (due_at);
