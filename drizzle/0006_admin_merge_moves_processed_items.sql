-- Merging a proposed community into another moves its letters and appointments, processed ones
-- included. The lock on processed rows lets exactly that through: the transaction must declare
-- the merge (portal.community_merge = 'on', set locally) and no column but community_id may
-- change. Every other rule of the lock is unchanged.
CREATE OR REPLACE FUNCTION refuse_change_of_processed_row() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.status = 'processed'
    AND current_setting('portal.community_merge', true) = 'on'
    AND (to_jsonb(NEW) - 'community_id') = (to_jsonb(OLD) - 'community_id') THEN
    RETURN NEW;
  END IF;
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
