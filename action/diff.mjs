// The diff step of the GitHub Action (action.yml): on a pull request, `sla diff` of the agreements between the
// pull request's base and head, written to the job summary and to one comment on the pull request, which later
// runs update in place (found by its first line, the marker `<!-- sla-diff -->`).
//   INPUT_PATHS, INPUT_DIFF (auto, true, false), INPUT_DIFF_FAIL_ON (none, weaker, any), INPUT_DIFF_COMMENT,
//   INPUT_GITHUB_TOKEN; GITHUB_EVENT_NAME, GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_REPOSITORY, GITHUB_API_URL,
//   GITHUB_SERVER_URL, GITHUB_RUN_ID
//
// Which commits: the pull request's base.sha and head.sha from the event. When the checkout is GitHub's test merge
// (the default for pull_request: GITHUB_SHA is refs/pull/N/merge, whose parents are the base branch's tip and the
// head), the merge is compared with its first parent instead: exactly what merging the pull request changes, even
// when the base branch has moved on since the pull request branched. A commit the (shallow) checkout lacks is
// fetched by its SHA, one commit deep, with the checkout's credentials.
//
// Failing: the step fails when `diff-fail-on` finds what it names (weaker: a change weaker or mixed for the client;
// any: any change), or when sla could not compare and `diff-fail-on` is not none. The comment never fails the job:
// a token that may not write (forks, `pull-requests: read`) becomes a notice.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendSummary, booleanInput, errorCommand, input, InputError, listInput, SLA_BIN, setOutput } from './inputs.mjs';

/** The first line of everything `sla diff -f md` prints, and of the pull request comment. */
const MARKER = '<!-- sla-diff -->';
/** GitHub refuses comment bodies longer than this (characters). */
const MAX_COMMENT = 65_536;
const FAIL_ON = ['none', 'weaker', 'any'];
const MODES = ['auto', 'true', 'false'];
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

/** A workflow command (notice, warning, error) titled "sla diff", its text escaped as the runner expects. */
function command(kind, message) {
  return `::${kind} title=sla diff::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}`;
}

/** Something the step could not do for the comparison, e.g. fetch a commit: a warning, or a failure with diff-fail-on. */
class CompareError extends Error {}

function git(args) {
  // Never a credentials prompt: a fetch that cannot authenticate fails and says so.
  const run = spawnSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_TERMINAL_PROMPT: '0' } });
  return { status: run.status ?? 1, stdout: run.stdout ?? '', stderr: (run.stderr ?? '').trim() };
}

const hasCommit = (sha) => git(['cat-file', '-e', `${sha}^{commit}`]).status === 0;

/** Makes sure a commit is in the clone: fetched by SHA, one commit deep, when the checkout does not have it. */
function ensureCommit(sha) {
  if (hasCommit(sha)) return;
  console.log(`sla diff: fetching ${sha} (not in the checkout)`);
  const fetch = git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha]);
  if (fetch.status !== 0 || !hasCommit(sha)) {
    throw new CompareError(`could not fetch commit ${sha} from origin: ${fetch.stderr || 'not found'}. ` +
      'The diff fetches the commits it compares with the credentials actions/checkout leaves in the clone; with ' +
      '`persist-credentials: false`, check out with `fetch-depth: 0` instead.');
  }
}

/** The parents of a commit, from the commit object itself (a shallow clone keeps them there). */
function parents(sha) {
  const raw = git(['cat-file', 'commit', sha]);
  if (raw.status !== 0) return [];
  const header = raw.stdout.split('\n\n')[0] ?? '';
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
}


/**
 * What to compare for this event: `{ base, head, described, pullRequest? }`, or `{ skip }` with the reason.
 * pull_request(_target): the base and head of the pull request (or GitHub's test merge, above); push: before..after.
 */
function comparison(eventName, event, { mode, sha }) {
  if (PULL_REQUEST_EVENTS.includes(eventName) && event.pull_request) {
    const pr = event.pull_request;
    const base = pr.base?.sha;
    const head = pr.head?.sha;
    if (!base || !head) return { skip: 'the event names no base and head commits' };
    const pullRequest = { number: pr.number ?? event.number, baseRef: pr.base.ref, headRef: pr.head.ref };
    if (sha && sha !== head && hasCommit(sha)) {
      const [first, second, ...more] = parents(sha);
      if (first && second === head && more.length === 0) {
        ensureCommit(first);
        return { base: first, head: sha, pullRequest, described: `${short(head)} merged into ${branch(pr.base.ref, 'the base branch')} (${short(first)})` };
      }
    }
    ensureCommit(base);
    ensureCommit(head);
    return { base, head, pullRequest, described: `${short(base)} (${branch(pr.base.ref, 'base')}) and ${short(head)} (${branch(pr.head.ref, 'head')})` };
  }
  if (mode === 'auto') return { skip: `this is a ${eventName || 'run'} event, not a pull request (set \`diff: true\` to compare pushes too)` };
  if (eventName === 'push' && event.after && event.before && !/^0+$/.test(event.before)) {
    ensureCommit(event.before);
    ensureCommit(event.after);
    return { base: event.before, head: event.after, described: `${short(event.before)} and ${short(event.after)} (the push)` };
  }
  return { skip: eventName === 'push' ? 'the push has no earlier commit to compare with (a new branch)' : `a ${eventName || 'run'} event names no two commits to compare` };
}

const short = (sha) => `\`${String(sha).slice(0, 7)}\``;
/** A branch name as a code span (git allows backticks in names; they are dropped). */
const branch = (ref, fallback) => (ref ? `\`${String(ref).replace(/`/g, '')}\`` : fallback);

/** `sla diff --git base..head [paths] -f md --fail-on <failOn>`: its exit code and the Markdown it printed. */
function slaDiff(base, head, paths, failOn) {
  const args = [SLA_BIN, 'diff', '--git', `${base}..${head}`, ...paths, '-f', 'md', '--fail-on', failOn];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 256 * 1024 * 1024 });
  return { status: run.status ?? 2, markdown: run.stdout ?? '' };
}

/** A comment body: the marker first, at most MAX_COMMENT characters, with a footer naming what was compared. */
function commentBody(markdown, footer) {
  let body = markdown.trimEnd();
  if (!body.startsWith(MARKER)) body = `${MARKER}\n${body}`;
  const tail = `\n\n<sub>${footer}</sub>\n`;
  if (body.length + tail.length > MAX_COMMENT) {
    const cut = '\n\n…the comment is cut here; the job summary of the run has the whole diff.';
    body = body.slice(0, MAX_COMMENT - tail.length - cut.length);
    body = body.slice(0, Math.max(body.lastIndexOf('\n'), MARKER.length)) + cut;
  }
  return body + tail;
}

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The GitHub REST API, as much of it as the comment needs. */
function githubApi(token) {
  const root = (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
  return async (method, url, body) => {
    const response = await fetch(url.startsWith('http') ? url : `${root}${url}`, {
      method,
      headers: {
        accept: 'application/vnd.github+json', authorization: `Bearer ${token}`, 'x-github-api-version': '2022-11-28',
        'user-agent': 'sla-action', ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let json;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    if (!response.ok) throw new ApiError(response.status, `${method} ${url}: HTTP ${response.status}${json?.message ? ` (${json.message})` : ''}`);
    const next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    return { json, next };
  };
}

/** The pull request's sla diff comment, if a run has written one: the first comment whose first line is MARKER. */
async function findComment(api, repository, number) {
  let url = `/repos/${repository}/issues/${number}/comments?per_page=100`;
  for (let page = 0; url && page < 50; page++) {
    const { json, next } = await api('GET', url);
    const found = (json ?? []).find((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(MARKER));
    if (found) return found;
    url = next;
  }
  return undefined;
}

/** Creates or updates the comment; returns its address, or nothing when there was nothing to write. */
async function comment({ token, pullRequest, changed, markdown, described }) {
  const repository = process.env.GITHUB_REPOSITORY;
  if (!repository || !pullRequest.number) throw new ApiError(0, 'the event names no repository or pull request number');
  const api = githubApi(token);
  const existing = await findComment(api, repository, pullRequest.number);
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const run = process.env.GITHUB_RUN_ID ? ` · [the run](${server}/${repository}/actions/runs/${process.env.GITHUB_RUN_ID})` : '';
  const footer = `sla diff of ${described}${run}`;
  if (!changed) {
    if (!existing) return undefined;
    const body = commentBody(`${MARKER}\n## Agreement changes\n\nThis pull request no longer changes any agreement.`, footer);
    const { json } = await api('PATCH', `/repos/${repository}/issues/comments/${existing.id}`, { body });
    return json?.html_url ?? existing.html_url;
  }
  const body = commentBody(markdown, footer);
  const { json } = existing
    ? await api('PATCH', `/repos/${repository}/issues/comments/${existing.id}`, { body })
    : await api('POST', `/repos/${repository}/issues/${pullRequest.number}/comments`, { body });
  return json?.html_url;
}

async function run() {
  const mode = input('diff', 'auto');
  if (!MODES.includes(mode)) throw new InputError(`input \`diff\` must be one of ${MODES.join(', ')}, not \`${mode}\``);
  const failOn = input('diff-fail-on', 'none');
  if (!FAIL_ON.includes(failOn)) throw new InputError(`input \`diff-fail-on\` must be one of ${FAIL_ON.join(', ')}, not \`${failOn}\``);
  const wantComment = booleanInput('diff-comment', true);
  const paths = listInput('paths', ['.']);
  if (mode === 'false') return 0;

  const eventName = process.env.GITHUB_EVENT_NAME ?? '';
  let event = {};
  if (process.env.GITHUB_EVENT_PATH) {
    try {
      event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
    } catch (error) {
      console.log(command('warning', `could not read the event (${error.message}); nothing to compare`));
      return failOn === 'none' ? 0 : 1;
    }
  }

  let compared;
  try {
    compared = comparison(eventName, event, { mode, sha: process.env.GITHUB_SHA });
  } catch (error) {
    if (!(error instanceof CompareError)) throw error;
    console.log(command(failOn === 'none' ? 'warning' : 'error', error.message));
    appendSummary(`\n${MARKER}\n## Agreement changes\n\nsla could not compare the agreements: ${error.message}\n`);
    return failOn === 'none' ? 0 : 1;
  }
  if (compared.skip) {
    console.log(`sla diff: skipped, ${compared.skip}.`);
    return 0;
  }

  // Exit 0: no change; 1: changes; 2: could not compare (sla has said why on stderr).
  const diff = slaDiff(compared.base, compared.head, paths, 'any');
  if (diff.status !== 0 && diff.status !== 1) {
    const message = `sla diff could not compare the agreements of ${compared.described} (exit ${diff.status}); the step log says why.`;
    console.log(command(failOn === 'none' ? 'warning' : 'error', message));
    appendSummary(`\n${MARKER}\n## Agreement changes\n\n${message}\n`);
    return failOn === 'none' ? 0 : 1;
  }
  const changed = diff.status === 1;
  setOutput('changes', changed);
  const markdown = diff.markdown.trim() !== '' ? diff.markdown
    : `${MARKER}\n## Agreement changes\n\n${changed ? 'The agreements changed.' : 'No agreement changes.'}\n`;
  // A blank line first: the summary of the lint step above may end in a paragraph.
  appendSummary(`\n${markdown.trimEnd()}\n\n`);

  let failing = false;
  if (changed && failOn === 'any') failing = true;
  if (changed && failOn === 'weaker') failing = slaDiff(compared.base, compared.head, paths, 'weaker').status !== 0;

  if (wantComment && compared.pullRequest) {
    const token = input('github-token');
    if (!token) {
      console.log(command('notice', 'no GitHub token (input `github-token`), so no comment on the pull request; the diff is in the job summary.'));
    } else {
      try {
        const url = await comment({ token, pullRequest: compared.pullRequest, changed, markdown, described: compared.described });
        if (url) {
          console.log(`sla diff: comment ${url}`);
          setOutput('comment-url', url);
        }
      } catch (error) {
        if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
          console.log(command('notice', `could not comment on the pull request (${error.message}). The job's token needs the permission ` +
            '`pull-requests: write` (permissions: in the workflow); pull requests from forks always get a read-only token. ' +
            'The diff is in the job summary.'));
        } else {
          console.log(command('warning', `could not comment on the pull request: ${error.message}. The diff is in the job summary.`));
        }
      }
    }
  }

  if (failing) {
    console.log(command('error', `the agreements change${failOn === 'weaker' ? ' to the client\'s disadvantage' : ''}, and diff-fail-on is ${failOn}; see the job summary.`));
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await run();
} catch (error) {
  if (!(error instanceof InputError)) throw error;
  console.log(errorCommand(error.message));
  process.exitCode = 2;
}
