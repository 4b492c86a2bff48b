-- The matters residents can book until an admin changes the list; 其他 is always offered by the
-- booking form itself, with the resident's own words.
INSERT INTO appointment_matters (name, sort_order) VALUES
  ('户籍办理', 10),
  ('社保医保', 20),
  ('低保救助', 30),
  ('计划生育', 40),
  ('党组织关系转接', 50),
  ('开具证明', 60)
ON CONFLICT (name) DO NOTHING;
