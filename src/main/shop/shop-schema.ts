/**
 * The shop database's schema, as numbered migrations. A newer PayDesk applies the ones it has
 * that the database lacks (shop-migrations.ts); an older one refuses a database whose version it
 * does not know. Never edit a released migration: add the next one.
 *
 * Every table carries `shop` (the shop's own database role, `current_user`) and row-level
 * security keeps each shop to its own rows, even with the tables shared by many shops.
 */
export const shopMigrations: readonly string[] = [
  // 1: the shared outbox (claims with a lease and a fence), the change sequence counters pull,
  // and the late writes that lost their claim.
  `
  CREATE ROLE paydesk_shops NOLOGIN;

  CREATE TABLE shop_outbox (
    shop text NOT NULL DEFAULT current_user,
    id text NOT NULL,
    owner_counter text NOT NULL,
    any_counter boolean NOT NULL DEFAULT false,
    state text NOT NULL,
    fence bigint NOT NULL DEFAULT 0,
    claimed_by text,
    lease_until timestamptz,
    item jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop, id)
  );
  CREATE INDEX shop_outbox_claimable ON shop_outbox (shop, updated_at) WHERE any_counter AND state = 'queued';

  CREATE TABLE shop_changes (
    seq bigserial PRIMARY KEY,
    -- The writing transaction: a puller reads only below the oldest one still running, so a
    -- sequence number taken by a slow transaction is never skipped (bigserial commits out of order).
    tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
    shop text NOT NULL DEFAULT current_user,
    kind text NOT NULL,
    ref text NOT NULL,
    body jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX shop_changes_pull ON shop_changes (shop, seq);

  CREATE TABLE shop_conflicts (
    id bigserial PRIMARY KEY,
    shop text NOT NULL DEFAULT current_user,
    item_id text NOT NULL,
    counter text NOT NULL,
    fence bigint NOT NULL,
    attempted jsonb NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
  );

  ALTER TABLE shop_outbox ENABLE ROW LEVEL SECURITY;
  ALTER TABLE shop_changes ENABLE ROW LEVEL SECURITY;
  ALTER TABLE shop_conflicts ENABLE ROW LEVEL SECURITY;
  CREATE POLICY own_rows ON shop_outbox USING (shop = current_user) WITH CHECK (shop = current_user);
  CREATE POLICY own_rows ON shop_changes USING (shop = current_user) WITH CHECK (shop = current_user);
  CREATE POLICY own_rows ON shop_conflicts USING (shop = current_user) WITH CHECK (shop = current_user);

  GRANT SELECT, INSERT, UPDATE ON shop_outbox TO paydesk_shops;
  GRANT SELECT, INSERT ON shop_changes, shop_conflicts TO paydesk_shops;
  GRANT USAGE ON SEQUENCE shop_changes_seq_seq, shop_conflicts_id_seq TO paydesk_shops;
  -- Counters read the version to refuse a schema they do not know.
  GRANT SELECT ON paydesk_schema TO paydesk_shops;
  `,
  // 2: the shared queue learns which account an item needs (only a counter holding its keys may
  // claim it) and when a provider that was down may be tried again.
  `
  ALTER TABLE shop_outbox ADD COLUMN account_id text;
  ALTER TABLE shop_outbox ADD COLUMN not_before timestamptz;
  `,
  // 3: every shared link's latest copy, for searching history older than what a counter keeps:
  // folded like the counters' own search (Turkish letters plain, lower case), found through a
  // trigram index, so "ayse" finds "AYŞE" among a chain's million links.
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE shop_links (
    shop text NOT NULL DEFAULT current_user,
    reference text NOT NULL,
    created_at timestamptz NOT NULL,
    search text NOT NULL,
    record jsonb NOT NULL,
    PRIMARY KEY (shop, reference)
  );
  -- The record (hundreds of bytes) lives out of line, so a search reads narrow rows and fetches
  -- whole records only for the page it shows.
  ALTER TABLE shop_links ALTER COLUMN record SET STORAGE EXTERNAL;
  ALTER TABLE shop_links SET (toast_tuple_target = 128);
  CREATE INDEX shop_links_recent ON shop_links (shop, created_at DESC);
  CREATE INDEX shop_links_search ON shop_links USING gin (search gin_trgm_ops);
  ALTER TABLE shop_links ENABLE ROW LEVEL SECURITY;
  CREATE POLICY own_rows ON shop_links USING (shop = current_user) WITH CHECK (shop = current_user);
  GRANT SELECT, INSERT, UPDATE ON shop_links TO paydesk_shops;
  -- Row-level security keeps LIKE (not leakproof) from using the trigram index, so a shop's role
  -- searches through this function: it runs as the owner and keeps itself to the caller's rows
  -- (session_user). Newest 20,000 first (a common word fills the page there), then the index.
  CREATE FUNCTION public.shop_search_links(p_patterns text[], p_limit integer) RETURNS SETOF jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  DECLARE
    -- The caller's shop, as a literal in the statements below (the planner then uses the indexes).
    v_shop text := session_user;
    cond text := '';
    refs text[];
  BEGIN
    IF coalesce(array_length(p_patterns, 1), 0) NOT BETWEEN 1 AND 8 OR p_limit NOT BETWEEN 1 AND 100 THEN
      RETURN;
    END IF;
    FOR i IN 1 .. array_length(p_patterns, 1) LOOP
      -- Quoted literals, not parameters: the planner needs the pattern itself to use the trigram index.
      cond := cond || format(' AND l.search LIKE %L', p_patterns[i]);
    END LOOP;
    EXECUTE format('SELECT array_agg(reference ORDER BY created_at DESC) FROM (SELECT l.reference, l.created_at FROM '
      '(SELECT reference, created_at, search FROM public.shop_links WHERE shop = %L ORDER BY created_at DESC LIMIT 20000) l '
      'WHERE true %s ORDER BY l.created_at DESC LIMIT $1) f', v_shop, cond) INTO refs USING p_limit;
    IF coalesce(array_length(refs, 1), 0) < p_limit THEN
      EXECUTE format('SELECT array_agg(reference ORDER BY created_at DESC) FROM (SELECT l.reference, l.created_at FROM public.shop_links l '
        'WHERE l.shop = %L %s ORDER BY l.created_at DESC LIMIT $1) f', v_shop, cond) INTO refs USING p_limit;
    END IF;
    RETURN QUERY SELECT l.record FROM public.shop_links l WHERE l.shop = v_shop AND l.reference = ANY (refs) ORDER BY l.created_at DESC;
  END
  $fn$;
  REVOKE ALL ON FUNCTION public.shop_search_links(text[], integer) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION public.shop_search_links(text[], integer) TO paydesk_shops;
  `,
  // 4: provider callbacks through the public relay (docs/relay.md). Each shop has an unguessable
  // token (its callback path); the relay's role may only call relay_store_callback, which stores
  // the raw request for that token's shop and rings its doorbell. Counters read their own
  // callbacks (row-level security) and verify them with their own keys.
  `
  CREATE TABLE shop_relay_tokens (
    shop text PRIMARY KEY,
    -- Shops made before this migration get a token here; provisionShop makes its own (≥ 128 bits).
    token text NOT NULL UNIQUE DEFAULT replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
      CHECK (token ~ '^[A-Za-z0-9_-]{22,128}$'),
    created_at timestamptz NOT NULL DEFAULT now()
  );
  INSERT INTO shop_relay_tokens (shop)
    SELECT r.rolname FROM pg_roles r JOIN pg_auth_members m ON m.member = r.oid
     WHERE m.roleid = (SELECT oid FROM pg_roles WHERE rolname = 'paydesk_shops');

  CREATE TABLE provider_callbacks (
    id bigserial PRIMARY KEY,
    shop text NOT NULL DEFAULT current_user,
    provider text NOT NULL CHECK (provider IN ('paytr', 'paynet')),
    -- The request body exactly as received (form or JSON text); the relay refuses big ones first.
    body text NOT NULL CHECK (octet_length(body) <= 16384),
    -- Only the headers a counter may need (content type, the client address the proxy saw).
    headers jsonb NOT NULL DEFAULT '{}',
    received_at timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX provider_callbacks_shop ON provider_callbacks (shop, id);

  ALTER TABLE shop_relay_tokens ENABLE ROW LEVEL SECURITY;
  ALTER TABLE provider_callbacks ENABLE ROW LEVEL SECURITY;
  -- A counter reads its shop's token (to build callback addresses) and its shop's callbacks, nothing else.
  CREATE POLICY own_rows ON shop_relay_tokens FOR SELECT USING (shop = current_user);
  CREATE POLICY own_rows ON provider_callbacks FOR SELECT USING (shop = current_user);
  GRANT SELECT ON shop_relay_tokens, provider_callbacks TO paydesk_shops;

  -- The relay: no table rights at all, only the one function below.
  DO $roles$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'paydesk_relay') THEN CREATE ROLE paydesk_relay NOLOGIN; END IF;
  END $roles$;

  -- SECURITY DEFINER: runs with the owner's rights, so the relay writes rows without being able to
  -- read or change any. Tables are named with their schema and search_path is pinned, so nothing
  -- a caller creates (a temporary table, a function in a writable schema) can stand in for them.
  DO $fn$ BEGIN EXECUTE format($sql$
    CREATE FUNCTION %1$I.relay_store_callback(p_token text, p_provider text, p_body text, p_headers jsonb)
    RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $body$
    DECLARE
      v_shop text;
      v_id bigint;
    BEGIN
      IF p_token IS NULL OR p_provider NOT IN ('paytr', 'paynet') OR p_body IS NULL OR octet_length(p_body) > 16384 THEN
        RETURN false;
      END IF;
      SELECT shop INTO v_shop FROM %1$I.shop_relay_tokens WHERE token = p_token;
      IF v_shop IS NULL THEN
        RETURN false;
      END IF;
      INSERT INTO %1$I.provider_callbacks (shop, provider, body, headers)
        VALUES (v_shop, p_provider, p_body, COALESCE(p_headers, '{}'::jsonb)) RETURNING id INTO v_id;
      -- Counters learn of it through the same pull as every other change.
      INSERT INTO %1$I.shop_changes (shop, kind, ref, body)
        VALUES (v_shop, 'callback', v_id::text, jsonb_build_object('id', v_id, 'provider', p_provider));
      PERFORM pg_notify('paydesk_' || v_shop, '');
      RETURN true;
    END
    $body$ $sql$, current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO paydesk_relay', current_schema());
  END $fn$;
  REVOKE ALL ON FUNCTION relay_store_callback(text, text, text, jsonb) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION relay_store_callback(text, text, text, jsonb) TO paydesk_relay;
  `,
  // 5: the relay's public address, set once for the shop by whoever runs the relay: every counter
  // then asks PayTR and Paynet to report payments there (the window cannot change it).
  `
  ALTER TABLE shop_relay_tokens ADD COLUMN relay_url text CHECK (relay_url ~ '^https://[^/?#[:space:]]+$');
  `,
  // 6: pairing a new counter with a one-time code (docs/shop-sync.md, "Pairing"). The server PC
  // stores the SHA-256 of the code's proof and the shop password sealed with a key only the code
  // gives; shop_pair hands the sealed password out once and burns the code. Wrong proofs count
  // against every open code: five, and they are all burned. Only `paydesk_pairing` may call it.
  `
  CREATE TABLE shop_pairing_codes (
    id bigserial PRIMARY KEY,
    shop text NOT NULL,
    proof_hash bytea NOT NULL CHECK (octet_length(proof_hash) = 32),
    sealed text NOT NULL CHECK (octet_length(sealed) <= 512),
    expires_at timestamptz NOT NULL,
    wrong_tries integer NOT NULL DEFAULT 0,
    created_at timestamptz NOT NULL DEFAULT now()
  );
  -- No policy and no grant: no shop role reads a code, sealed or not.
  ALTER TABLE shop_pairing_codes ENABLE ROW LEVEL SECURITY;

  DO $roles$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'paydesk_pairing') THEN CREATE ROLE paydesk_pairing NOLOGIN; END IF;
  END $roles$;

  CREATE FUNCTION public.shop_pair(p_proof bytea) RETURNS TABLE (pair_role text, pair_sealed text, pair_database text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  DECLARE
    v_hash bit(256);
    v_found bigint;
    r record;
  BEGIN
    -- One attempt at a time, so every wrong one is counted.
    PERFORM pg_advisory_xact_lock(1885432178);
    DELETE FROM public.shop_pairing_codes WHERE expires_at <= now() OR wrong_tries >= 5;
    IF p_proof IS NOT NULL AND octet_length(p_proof) = 32 THEN
      v_hash := ('x' || encode(sha256(p_proof), 'hex'))::bit(256);
      -- Every open code is compared, all 256 bits each, whatever matched before.
      FOR r IN SELECT c.id, ('x' || encode(c.proof_hash, 'hex'))::bit(256) AS h FROM public.shop_pairing_codes c LOOP
        IF bit_count(r.h # v_hash) = 0 THEN
          v_found := r.id;
        END IF;
      END LOOP;
    END IF;
    IF v_found IS NULL THEN
      UPDATE public.shop_pairing_codes SET wrong_tries = wrong_tries + 1;
      DELETE FROM public.shop_pairing_codes WHERE wrong_tries >= 5;
      RETURN;
    END IF;
    RETURN QUERY DELETE FROM public.shop_pairing_codes c WHERE c.id = v_found
      RETURNING c.shop, c.sealed, current_database()::text;
  END
  $fn$;
  REVOKE ALL ON FUNCTION public.shop_pair(bytea) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION public.shop_pair(bytea) TO paydesk_pairing;
  `,
  // 7: a chain's history on a counter (docs/shop-sync.md, "What a counter keeps"). Changes are read
  // in (transaction, sequence) order, which no late commit can undercut; a counter new to the shop
  // copies from shop_links only what it keeps (open links, the last 12 months), so shop_links
  // carries each link's status beside its creation time. The policies compare `shop` in the
  // column's own collation: `current_user` is a name, whose collation is "C", and a comparison in
  // another collation than the index's cannot use it, so a shop's role read whole tables.
  `
  ALTER POLICY own_rows ON shop_outbox USING (shop = (current_user::text COLLATE "default")) WITH CHECK (shop = (current_user::text COLLATE "default"));
  ALTER POLICY own_rows ON shop_changes USING (shop = (current_user::text COLLATE "default")) WITH CHECK (shop = (current_user::text COLLATE "default"));
  ALTER POLICY own_rows ON shop_conflicts USING (shop = (current_user::text COLLATE "default")) WITH CHECK (shop = (current_user::text COLLATE "default"));
  ALTER POLICY own_rows ON shop_links USING (shop = (current_user::text COLLATE "default")) WITH CHECK (shop = (current_user::text COLLATE "default"));
  ALTER POLICY own_rows ON shop_relay_tokens USING (shop = (current_user::text COLLATE "default"));
  ALTER POLICY own_rows ON provider_callbacks USING (shop = (current_user::text COLLATE "default"));
  CREATE INDEX shop_changes_pull_tx ON shop_changes (shop, tx, seq);
  CREATE INDEX shop_changes_not_links ON shop_changes (shop, tx, seq) WHERE kind <> 'link';
  ALTER TABLE shop_links ADD COLUMN status text;
  UPDATE shop_links SET status = record->>'status';
  CREATE INDEX shop_links_open ON shop_links (shop, created_at) WHERE status IN ('active', 'unknown');
  `,
  // 8: the History screen searches the server for what the counter no longer keeps: the same
  // search as 3, limited to links made before a given instant (newest of those first).
  `
  CREATE FUNCTION public.shop_search_links(p_patterns text[], p_limit integer, p_before timestamptz) RETURNS SETOF jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $fn$
  DECLARE
    v_shop text := session_user;
    cond text := '';
    refs text[];
  BEGIN
    IF coalesce(array_length(p_patterns, 1), 0) NOT BETWEEN 1 AND 8 OR p_limit NOT BETWEEN 1 AND 100 OR p_before IS NULL THEN
      RETURN;
    END IF;
    FOR i IN 1 .. array_length(p_patterns, 1) LOOP
      cond := cond || format(' AND l.search LIKE %L', p_patterns[i]);
    END LOOP;
    cond := cond || format(' AND l.created_at < %L::timestamptz', p_before);
    EXECUTE format('SELECT array_agg(reference ORDER BY created_at DESC) FROM (SELECT l.reference, l.created_at FROM '
      '(SELECT reference, created_at, search FROM public.shop_links WHERE shop = %L AND created_at < %L::timestamptz ORDER BY created_at DESC LIMIT 20000) l '
      'WHERE true %s ORDER BY l.created_at DESC LIMIT $1) f', v_shop, p_before, cond) INTO refs USING p_limit;
    IF coalesce(array_length(refs, 1), 0) < p_limit THEN
      -- Rare among the newest: the matches come from the trigram index, then are sorted. Left to
      -- itself the planner walks the date index back through every older link when it misjudges
      -- a pattern ("pd00000000009": 0.5 s instead of 40 ms on a million links).
      EXECUTE format('WITH c AS MATERIALIZED (SELECT l.reference, l.created_at FROM public.shop_links l WHERE l.shop = %L %s) '
        'SELECT array_agg(reference ORDER BY created_at DESC) FROM (SELECT reference, created_at FROM c ORDER BY created_at DESC LIMIT $1) f',
        v_shop, cond) INTO refs USING p_limit;
    END IF;
    RETURN QUERY SELECT l.record FROM public.shop_links l WHERE l.shop = v_shop AND l.reference = ANY (refs) ORDER BY l.created_at DESC;
  END
  $fn$;
  REVOKE ALL ON FUNCTION public.shop_search_links(text[], integer, timestamptz) FROM PUBLIC;
  GRANT EXECUTE ON FUNCTION public.shop_search_links(text[], integer, timestamptz) TO paydesk_shops;
  `,
];

/** The newest schema this PayDesk knows. */
export const SHOP_SCHEMA_VERSION = shopMigrations.length;
