-- +goose Up
-- Questions about one state's recognition read its 054 and 161 events.
CREATE INDEX events_target_code ON events (target_country, code, date);

-- +goose Down
DROP INDEX events_target_code;
