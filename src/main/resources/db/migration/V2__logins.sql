-- oxidometer schema v2: editor logins, kept in the database so that a generated admin password survives restarts.
-- Logins. password_hash is BCrypt; roles is a comma-separated list such as EDITOR,ADMIN.
CREATE TABLE app_user (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(100) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
