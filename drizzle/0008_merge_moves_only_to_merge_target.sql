-- A processed letter or appointment may change in one way only: when its community has been
-- merged, it follows to the community it was merged into, with every other column unchanged.
-- The merge is read from the communities table, so no session setting can open the lock.
CREATE OR REPLACE FUNCTION refuse_change_of_processed_row() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = 'processed'
    AND (to_jsonb(NEW) - 'community_id') = (to_jsonb(OLD) - 'community_id')
    AND EXISTS (
      SELECT 1 FROM communities
      WHERE id = OLD.community_id AND status = 'merged' AND merged_into_id = NEW.community_id
    ) THEN
    RETURN NEW;
  END IF;
  IF OLD.status = 'processed' THEN
    RAISE EXCEPTION 'row % of % is processed and cannot change', OLD.id, TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  IF NEW.status = 'processed'
    AND (to_jsonb(NEW) - TG_ARGV) IS DISTINCT FROM (to_jsonb(OLD) - TG_ARGV) THEN
    RAISE EXCEPTION 'processing row % of % may write only its answer', OLD.id, TG_TABLE_NAME
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
