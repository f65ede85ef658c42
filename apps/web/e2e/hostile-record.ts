/**
 * An ILLUSTRATIVE sample record (not an official document) whose text carries markup, to prove the
 * app shows uploaded content as inert text.
 */
export const HOSTILE_RECORD = `Brussels, 2 February 2024
(OR. en)

9999/24

OUTCOME OF PROCEEDINGS

From: General Secretariat of the Council
To: Delegations
Subject: Outcome of proceedings of the EU-US Senior Officials Meeting on Justice and Home Affairs (Sampletown, 30-31 January 2024) [ILLUSTRATIVE SAMPLE <b>bold</b>]

1. Test of inert text <script>window.__pwned = 1</script>

The US delegation warned against <script>window.__pwned = 2</script> markup in records. The EU delegation welcomed the <img src=x onerror="window.__pwned = 3"> safeguards and <a href="javascript:window.__pwned=4">links</a> shown as text.

2. Next meetings

Both sides agreed to hold the next meeting in June 2024 in Washington, DC.
`;
