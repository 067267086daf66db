// A stand-in for the GitHub REST API's issue comments, for the action's diff comment: run as its own process
// (the action emulator blocks the test's event loop while the action runs), listening on 127.0.0.1 at a free port
// it prints as `listening <port>`. Every request is appended to the log file as a JSON line
// { method, url, authorization, body }, and the comments it holds as a JSON array to <log>.comments.json.
//   node fake-github-api.mjs <log file> [--deny-writes <status>] [--comments <json file with existing comments>]
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [logFile, ...rest] = process.argv.slice(2);
const option = (name) => {
  const at = rest.indexOf(name);
  return at === -1 ? undefined : rest[at + 1];
};
const denyWrites = option('--deny-writes') ? Number(option('--deny-writes')) : undefined;
const comments = option('--comments') ? JSON.parse(readFileSync(option('--comments'), 'utf8')) : [];
let nextId = 1000;

function reply(response, status, json, headers = {}) {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(json));
}

const server = createServer((request, response) => {
  let text = '';
  request.on('data', (chunk) => (text += chunk));
  request.on('end', () => {
    const body = text ? JSON.parse(text) : undefined;
    const url = new URL(request.url, 'http://127.0.0.1');
    appendFileSync(logFile, `${JSON.stringify({ method: request.method, url: request.url, authorization: request.headers.authorization, body })}\n`);
    const list = /^\/repos\/([^/]+\/[^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+\/[^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (request.method !== 'GET' && denyWrites) return reply(response, denyWrites, { message: 'Resource not accessible by integration' });
    if (list && request.method === 'GET') {
      // Pages of two, so the action has to follow the Link header.
      const page = Number(url.searchParams.get('page') ?? '1');
      const items = comments.filter((c) => c.issue === Number(list[2])).slice((page - 1) * 2, page * 2);
      const more = comments.filter((c) => c.issue === Number(list[2])).length > page * 2;
      const address = `http://127.0.0.1:${server.address().port}${url.pathname}?per_page=100&page=${page + 1}`;
      return reply(response, 200, items, more ? { link: `<${address}>; rel="next"` } : {});
    }
    if (list && request.method === 'POST') {
      const id = nextId++;
      const comment = { id, issue: Number(list[2]), body: body.body, html_url: `https://github.example/${list[1]}/pull/${list[2]}#issuecomment-${id}` };
      comments.push(comment);
      writeFileSync(`${logFile}.comments.json`, JSON.stringify(comments));
      return reply(response, 201, comment);
    }
    if (one && request.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[2]));
      if (!comment) return reply(response, 404, { message: 'Not Found' });
      comment.body = body.body;
      writeFileSync(`${logFile}.comments.json`, JSON.stringify(comments));
      return reply(response, 200, comment);
    }
    return reply(response, 404, { message: 'Not Found' });
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
