-- A processed letter or appointment never changes again, whoever issues the update.
CREATE OR REPLACE FUNCTION refuse_change_of_processed_row() RETURNS trigger AS $$
BEGIN
  IF OLD.status = 'processed' THEN
    RAISE EXCEPTION 'row % of % is processed and cannot change', OLD.id, TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER letters_processed_lock BEFORE UPDATE OR DELETE ON letters
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_processed_row();
--> statement-breakpoint
CREATE TRIGGER appointments_processed_lock BEFORE UPDATE OR DELETE ON appointments
  FOR EACH ROW EXECUTE FUNCTION refuse_change_of_processed_row();
