-- newsflow PostgreSQL sink, schema version 2: near-duplicate stories (contract fields duplicateOf, storyId).
-- Never edit an applied migration; add V3__... instead.

ALTER TABLE articles ADD COLUMN duplicate_of text;  -- the first article of the story; null for that article
ALTER TABLE articles ADD COLUMN story_id text;      -- shared by all articles of one story

-- Rows stored before this migration keep their whole record in document: take the fields from there where the
-- processor already sent them (null otherwise, as in the record).
UPDATE articles SET duplicate_of = document->>'duplicateOf', story_id = document->>'storyId'
WHERE document ? 'storyId';

CREATE INDEX articles_story_id_idx ON articles (story_id);
