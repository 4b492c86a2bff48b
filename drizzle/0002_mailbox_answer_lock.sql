-- Handling a letter or appointment may write only its answer columns (named as trigger
-- arguments); once processed the row never changes again, whoever issues the statement.
CREATE OR REPLACE FUNCTION refuse_change_of_processed_row() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'processed' THEN
    RAISE EXCEPTION 'row % of % is processed and cannot change', OLD.id, TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.status = 'processed' AND (to_jsonb(NEW) - TG_ARGV) IS DISTINCT FROM (to_jsonb(OLD) - TG_ARGV) THEN
    RAISE EXCEPTION 'processing row % of % may write only its answer', OLD.id, TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
DROP TRIGGER IF EXISTS letters_processed_lock ON letters;
--> statement-breakpoint
CREATE TRIGGER letters_processed_lock BEFORE UPDATE OR DELETE ON letters
  FOR EACH ROW
  EXECUTE FUNCTION refuse_change_of_processed_row('status', 'reply', 'replied_by_id', 'replied_at');
--> statement-breakpoint
DROP TRIGGER IF EXISTS appointments_processed_lock ON appointments;
--> statement-breakpoint
CREATE TRIGGER appointments_processed_lock BEFORE UPDATE OR DELETE ON appointments
  FOR EACH ROW
  EXECUTE FUNCTION refuse_change_of_processed_row('status', 'result', 'handled_by_id', 'handled_at');
--> statement-breakpoint
-- TRUNCATE skips row triggers, so it is refused while the table holds a processed row.
CREATE OR REPLACE FUNCTION refuse_truncate_of_processed_rows() RETURNS trigger AS $$
DECLARE
  has_processed boolean;
BEGIN
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I.%I WHERE status = %L)',
    TG_TABLE_SCHEMA, TG_TABLE_NAME, 'processed') INTO has_processed;
  IF has_processed THEN
    RAISE EXCEPTION '% holds processed rows and cannot be truncated', TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER letters_processed_truncate_lock BEFORE TRUNCATE ON letters
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_processed_rows();
--> statement-breakpoint
CREATE TRIGGER appointments_processed_truncate_lock BEFORE TRUNCATE ON appointments
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate_of_processed_rows();
