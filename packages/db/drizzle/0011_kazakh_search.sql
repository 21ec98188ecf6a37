-- Kazakh search. PostgreSQL ships no Kazakh stemmer and we may not add C extensions or files in
-- tsearch_data (managed servers, embedded-postgres), so Kazakh articles are indexed with our own
-- suffix-stripping stemmer, vestnik_kk_stems(text), under the 'simple' configuration; the same
-- function stems the reader's query, so both sides meet on the same stems. Russian articles keep
-- the 'russian' vectors exactly as before (the ELSE branch of the generated column).
--
-- vestnik_kk_stems lowercases its input and replaces every Cyrillic word (3 letters or more) by
-- its stem; everything else (spaces, punctuation, digits, Latin words, quotes, the minus sign and
-- "or" of websearch syntax) is left as it is, so one function serves index and query time:
--   to_tsvector('simple', vestnik_kk_stems(title))
--   websearch_to_tsquery('simple', vestnik_kk_stems(query))
--
-- A word is stem + plural + possessive + case (мектеп·тер·іміз·де). The stemmer strips, again and
-- again (at most 6 times, until nothing more matches), the longest ending of this list whose
-- left neighbour fits it; the stem never gets shorter than 2 letters:
--   case       locative   -да/-де after vowels and voiced consonants, -та/-те after voiceless
--              dative     -ға/-ге, -қа/-ке (same split)
--              ablative   -дан/-ден after vowels and л р й у з ж, -нан/-нен after м н ң,
--                         -тан/-тен after voiceless consonants — but -тан not after
--                         consonant+с, so that Қазақстан, Өзбекстан, Қырғызстан keep their -стан
--              genitive   -ның/-нің after vowels and м н ң, -дың/-дің after л р й у з ж,
--                         -тың/-тің after voiceless
--              accusative -ны/-ні after a vowel (only when 3+ letters remain: күні is күн+і),
--                         -ды/-ді after voiced consonants, -ты/-ті after voiceless
--              instrumental -мен/-бен/-пен, -менен/-бенен/-пенен
--              "the one in" -дағы/-дегі/-тағы/-тегі
--              after the 3rd-person possessive ы/і: -нда/-нде, -на/-не, -нан/-нен, -ндағы/-ндегі and
--              the accusative -н (only when 4+ letters remain: орын, ойын are not оры+н, ой+ын)
--   possessive 3rd person -ы/-і after consonants, -сы/-сі after vowels; "our" -ымыз/-іміз,
--              -мыз/-міз; polite "your" -ыңыз/-іңіз, -ңыз/-ңіз. 1st/2nd singular (-м, -ң) are left
--              alone: rare in news and too easily part of a stem (заң, адам).
--   plural     -лар/-лер after vowels and р у й, -дар/-дер after л з ж м н ң, -тар/-тер after
--              voiceless consonants.
-- Each ending comes in its back and front vowel forms (vowel harmony); checking which consonant
-- precedes an ending (the sound rules that choose д/т/н, л/д/т, ғ/қ, г/к) keeps it from being cut off a
-- stem that merely ends the same way (университет·і is not университе+ті).
-- Then the stem is normalized so that the forms a stem takes before different endings meet:
--   * a final с after a vowel is dropped (облыс, облысы → облы…; -сы after a vowel is ambiguous
--     between stem+сы and stem-with-с+ы, and this makes both parses equal);
--   * a final ы/і is dropped (оқушы and оқушы·лар → оқуш; the possessive ы/і is ambiguous with a
--     stem's own last vowel);
--   * a final б, г, ғ becomes п, к, қ: the voicing of a final consonant before a vowel
--     (мектеп → мектебі, жүрек → жүрегі, нарық → нарығы);
--   * ы/і between the last two consonants of a longer stem is dropped: the vowel that falls out
--     before a vowel ending (халық → халқы, орын → орны); ауыл → аул is harmless (both sides).
-- Measured (README, "Kazakh search"): both ways, all 54 pairs of the test list and all 25 pairs
-- of a held-out list found; 25 + 15 pairs of different words beginning alike kept apart (prefix
-- matching: 46/108 found; pg_trgm: 77/108 found, 18x slower).
-- Known limits: derivation is not stripped on purpose (-лық, -шы, -дық make other words:
-- сала/салық, тіл/тілші); verbs are not handled (a few verb forms merely share an ending); nor the
-- 1st/2nd person singular possessives. Some roots lose a letter that only looks like an ending
-- (баға → ба, теңге → тең, аудан → ау): harmless for finding, since both sides are stemmed alike,
-- but two different words can then meet (-н and -ны/-ні need a longer stem for that reason:
-- ой/ойын, күн/күні). Ablative forms of -с stems after a consonant (курстан) keep -тан.
-- Words shorter than 3 letters are left as they are.
CREATE FUNCTION "vestnik_kk_stems"(input text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  vowels constant text := 'аәеиоөұүыіэюяё';
  -- Each ending and the letters it may follow. String operations, not one regular expression
  -- with lookbehinds: that was as exact but its captures cost about 1 ms per stripped word
  -- (migration 0011 over 100,000 articles: minutes instead of seconds).
  endings constant jsonb := '{
    "ндағы": "ыі", "ндегі": "ыі", "нда": "ыі", "нде": "ыі", "на": "ыі", "не": "ыі",
    "нан": "ыімнң", "нен": "ыімнң", "н": "ыі",
    "дағы": "аәеиоөұүыіэюяёлрйузжмнң", "дегі": "аәеиоөұүыіэюяёлрйузжмнң",
    "да": "аәеиоөұүыіэюяёлрйузжмнң", "де": "аәеиоөұүыіэюяёлрйузжмнң",
    "ға": "аәеиоөұүыіэюяёлрйузжмнң", "ге": "аәеиоөұүыіэюяёлрйузжмнң",
    "дан": "аәеиоөұүыіэюяёлрйузж", "ден": "аәеиоөұүыіэюяёлрйузж",
    "ның": "аәеиоөұүыіэюяёмнң", "нің": "аәеиоөұүыіэюяёмнң",
    "дың": "лрйузж", "дің": "лрйузж",
    "ны": "аәеиоөұүыіэюяё", "ні": "аәеиоөұүыіэюяё",
    "ды": "лрйузжмнң", "ді": "лрйузжмнң",
    "мен": "аәеиоөұүыіэюяёлрйу", "менен": "аәеиоөұүыіэюяёлрйу",
    "бен": "жзмнң", "бенен": "жзмнң",
    "тағы": "пфктсшщхцчқ", "тегі": "пфктсшщхцчқ", "та": "пфктсшщхцчқ", "те": "пфктсшщхцчқ",
    "қа": "пфктсшщхцчқ", "ке": "пфктсшщхцчқ", "ты": "пфктсшщхцчқ", "ті": "пфктсшщхцчқ",
    "тың": "пфктсшщхцчқ", "тің": "пфктсшщхцчқ", "тан": "пфктсшщхцчқ", "тен": "пфктсшщхцчқ",
    "пен": "пфктсшщхцчқ", "пенен": "пфктсшщхцчқ",
    "ы": "бвгғджзйклмнңпрстфхһцчшщқъь", "і": "бвгғджзйклмнңпрстфхһцчшщқъь",
    "ымыз": "бвгғджзйклмнңпрстфхһцчшщқъь", "іміз": "бвгғджзйклмнңпрстфхһцчшщқъь",
    "ыңыз": "бвгғджзйклмнңпрстфхһцчшщқъь", "іңіз": "бвгғджзйклмнңпрстфхһцчшщқъь",
    "мыз": "аәеиоөұүыіэюяё", "міз": "аәеиоөұүыіэюяё", "ңыз": "аәеиоөұүыіэюяё",
    "ңіз": "аәеиоөұүыіэюяё", "сы": "аәеиоөұүыіэюяё", "сі": "аәеиоөұүыіэюяё",
    "лар": "аәеиоөұүыіэюяёруй", "лер": "аәеиоөұүыіэюяёруй",
    "дар": "лзжмнң", "дер": "лзжмнң", "тар": "пфктсшщхцчқ", "тер": "пфктсшщхцчқ"
  }';
  token text;
  w text;
  len int;
  ending text;
  allowed text;
  before text;
  stripped boolean;
  result text := '';
BEGIN
  FOR token IN
    SELECT m[1]
    FROM regexp_matches(lower(input), '[а-яёәғқңөұүһі]+|[^а-яёәғқңөұүһі]+', 'g')
      WITH ORDINALITY AS t(m, n)
    ORDER BY n
  LOOP
    IF char_length(token) < 3 OR token !~ '^[а-яёәғқңөұүһі]' THEN
      result := result || token;
      CONTINUE;
    END IF;
    w := token;
    -- The longest ending that fits, again and again; the stem keeps at least 2 letters.
    FOR pass IN 1..6 LOOP
      stripped := false;
      len := char_length(w);
      FOR k IN REVERSE least(5, len - 2)..1 LOOP
        ending := right(w, k);
        allowed := endings ->> ending;
        CONTINUE WHEN allowed IS NULL;
        before := substr(w, len - k, 1);
        CONTINUE WHEN strpos(allowed, before) = 0;
        -- -н (accusative after ы/і) and -ны/-ні only after a stem of 3+ letters: орын, күні.
        CONTINUE WHEN ending IN ('н', 'ны', 'ні') AND len - k < 4 - (ending <> 'н')::int;
        -- -тан not after consonant+с: Қазақстан, Өзбекстан keep their -стан.
        CONTINUE WHEN ending = 'тан' AND before = 'с' AND strpos(vowels, substr(w, len - k - 1, 1)) = 0;
        w := left(w, len - k);
        stripped := true;
        EXIT;
      END LOOP;
      EXIT WHEN NOT stripped;
    END LOOP;
    -- Normalization (see above): final с after a vowel, final ы/і, б/г/ғ → п/к/қ, elision.
    len := char_length(w);
    IF len >= 3 AND right(w, 1) = 'с' AND strpos(vowels, substr(w, len - 1, 1)) > 0 THEN
      w := left(w, -1);
      len := len - 1;
    END IF;
    IF len >= 3 AND right(w, 1) IN ('ы', 'і') THEN
      w := left(w, -1);
      len := len - 1;
    END IF;
    IF len >= 3 THEN
      w := left(w, -1) || translate(right(w, 1), 'бгғ', 'пкқ');
    END IF;
    IF len >= 4 AND substr(w, len - 1, 1) IN ('ы', 'і')
        AND strpos(vowels, right(w, 1)) = 0
        AND strpos(vowels, substr(w, len - 2, 1)) = 0
        AND strpos(vowels, substr(w, len - 3, 1)) > 0 THEN
      w := left(w, len - 2) || right(w, 1);
    END IF;
    result := result || w;
  END LOOP;
  RETURN result;
END
$fn$;
--> statement-breakpoint
-- ts_headline re-parses the original text with 'simple': a stemmed query ('мектеп') would mark
-- only words equal to a stem. This rewrites each stem of the query into an OR of the document's
-- own words that have that stem ('мектеп' | 'мектебі' | 'мектептерде'), keeping the query's
-- phrases and exclusions, so exactly the inflected forms that matched are highlighted. Only words
-- that begin like the stem (its last letter may alternate) are stemmed: it costs a few words per
-- document, for the page of results only.
CREATE FUNCTION "vestnik_kk_headline_query"(doc text, query tsquery) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  lexeme text;
  forms text;
  result tsquery := query;
BEGIN
  FOR lexeme IN
    SELECT DISTINCT m[1] FROM regexp_matches(query::text, '''([а-яёәғқңөұүһі]+)''', 'g') AS m
  LOOP
    SELECT string_agg(quote_literal(word), ' | ') INTO forms
    FROM (
      SELECT DISTINCT word
      FROM regexp_split_to_table(lower(doc), '[^а-яёәғқңөұүһі]+') AS word
      WHERE word <> lexeme
        AND starts_with(word, left(lexeme, -1))
        AND vestnik_kk_stems(word) = lexeme
    ) AS found;
    IF forms IS NOT NULL THEN
      result := ts_rewrite(result, quote_literal(lexeme)::tsquery,
        (quote_literal(lexeme) || ' | ' || forms)::tsquery);
    END IF;
  END LOOP;
  RETURN result;
END
$fn$;
--> statement-breakpoint
-- PostgreSQL cannot change a generation expression in place: the column (and with it its GIN
-- index) is dropped and added again, which recomputes every existing article's vector.
ALTER TABLE "articles" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (CASE WHEN locale = 'kk'::article_locale THEN setweight(to_tsvector('simple'::regconfig, vestnik_kk_stems(coalesce(title, ''))), 'A') || setweight(to_tsvector('simple'::regconfig, vestnik_kk_stems(coalesce(lead, ''))), 'B') || setweight(to_tsvector('simple'::regconfig, vestnik_kk_stems(coalesce(body_text, ''))), 'C') ELSE setweight(to_tsvector('russian'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('russian'::regconfig, coalesce(lead, '')), 'B') || setweight(to_tsvector('russian'::regconfig, coalesce(body_text, '')), 'C') END) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");
