import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import "./chunk-YKDEAKEZ.js";

// src/generated/default-templates.js
var templateCompileOptions = { "strict": true, "noEscape": true };
var precompiledTemplates = {
  "availability": {
    source: "{{!-- The availability target, the downtime it allows and service credits. Only when the agreement has one. --}}\n{{#if availability}}\n## Availability{{#if availability.serviceCredits.length}} and service credits{{/if}}\n\n{{#if availability.targetText}}\nAvailability target: {{availability.targetText}}{{#if availability.services}} for {{availability.services}}{{/if}}{{#if availability.window}}, measured over each {{availability.window}}{{/if}}.\n{{#if availability.downtimeText}}\n{{#if availability.convention}}\nOver a {{availability.window}} this allows {{availability.downtimeText}} of downtime, counting {{availability.convention}}.\n{{else}}\nOver a {{availability.window}} this allows {{availability.downtimeText}} of downtime, depending on the length of the {{availability.window}}.\n{{/if}}\n{{/if}}\n{{else}}\nNo availability level is stated{{#if availability.services}} for {{availability.services}}{{/if}}{{#if availability.window}}; availability is measured over each {{availability.window}}{{/if}}.\n{{/if}}\n{{#if availability.firmnessText}}\n{{availability.firmnessText}}\n{{/if}}\n{{#if availability.scope}}\n\n**Scope.** {{availability.scope}}\n{{/if}}\n\n{{#if availability.measurement}}\n**Measurement.** {{availability.measurement}}\n\n{{/if}}\n{{#if availability.exclusions.length}}\nThe following do not count as downtime:\n\n{{#each availability.exclusions}}\n- {{this}}\n{{/each}}\n\n{{/if}}\n{{#if availability.serviceCredits.length}}\nIf availability in a {{availability.creditPeriod}} falls below a level in the table, the {{@root.document.clientNoun}} receives the service credit the table states for that level{{#if availability.creditBasis}}, as a share of {{availability.creditBasis}}{{/if}}.\n\n| Availability in the {{availability.creditPeriod}} | Service credit |\n| --- | --- |\n{{#each availability.serviceCredits}}\n| {{belowText}} | {{creditText}} |\n{{/each}}\n\n{{/if}}\n{{#if availability.creditTerms}}\n{{#with availability.creditTerms}}\n{{#if (eq cumulative true)}}\nThe credits of every level passed add up.\n{{/if}}\n{{#if (eq cumulative false)}}\nOnly the credit of the lowest level reached applies; credits do not add up.\n{{/if}}\n{{#if capText}}\nCredits total at most {{capText}}{{#if capPer}} in one {{capPer}}{{else}}{{#if ../availability.window}} in one {{../availability.window}}{{/if}}{{/if}}.\n{{/if}}\n{{#if claimWindow}}\nThe {{@root.document.clientNoun}} claims a credit within {{claimWindow}}{{#if claimProcedure}}: {{claimProcedure}}{{else}}.{{/if}}\n{{else}}\n{{#if claimProcedure}}\n**Claims.** {{claimProcedure}}\n{{/if}}\n{{/if}}\n{{#if soleRemedy}}\nService credits are the {{@root.document.clientNoun}}\u2019s sole and exclusive remedy for availability below the target.\n{{/if}}\n{{#if forfeiture}}\n**Forfeiture of credits.** {{forfeiture}}\n{{/if}}\n{{/with}}\n{{/if}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Availability" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "availability"), "serviceCredits"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 15 }, "end": { "line": 3, "column": 84 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "targetText"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.program(8, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "firmnessText"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "scope"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "measurement"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "availability"), "exclusions"), "length"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "availability"), "serviceCredits"), "length"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 46, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "creditTerms"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 47, "column": 0 }, "end": { "line": 72, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      return " and service credits";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Availability target: " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "targetText", { "start": { "line": 6, "column": 23 }, "end": { "line": 6, "column": 46 } }), depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "services"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 48 }, "end": { "line": 6, "column": 114 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "window"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 114 }, "end": { "line": 6, "column": 192 } } })) != null ? stack1 : "") + ".\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "downtimeText"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "");
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " for " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "services", { "start": { "line": 6, "column": 84 }, "end": { "line": 6, "column": 105 } }), depth0)) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", measured over each " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "window", { "start": { "line": 6, "column": 164 }, "end": { "line": 6, "column": 183 } }), depth0)) != null ? stack1 : "");
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "availability"), "convention"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Over a " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "window", { "start": { "line": 9, "column": 9 }, "end": { "line": 9, "column": 28 } }), depth0)) != null ? stack1 : "") + " this allows " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "downtimeText", { "start": { "line": 9, "column": 45 }, "end": { "line": 9, "column": 70 } }), depth0)) != null ? stack1 : "") + " of downtime, counting " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "convention", { "start": { "line": 9, "column": 97 }, "end": { "line": 9, "column": 120 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Over a " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "window", { "start": { "line": 11, "column": 9 }, "end": { "line": 11, "column": 28 } }), depth0)) != null ? stack1 : "") + " this allows " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "downtimeText", { "start": { "line": 11, "column": 45 }, "end": { "line": 11, "column": 70 } }), depth0)) != null ? stack1 : "") + " of downtime, depending on the length of the " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "window", { "start": { "line": 11, "column": 119 }, "end": { "line": 11, "column": 138 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "No availability level is stated" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "services"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 31 }, "end": { "line": 15, "column": 97 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "window"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 97 }, "end": { "line": 15, "column": 191 } } })) != null ? stack1 : "") + ".\n";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "; availability is measured over each " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "window", { "start": { "line": 15, "column": 163 }, "end": { "line": 15, "column": 182 } }), depth0)) != null ? stack1 : "");
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "firmnessText", { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 27 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "\n**Scope.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "scope", { "start": { "line": 22, "column": 13 }, "end": { "line": 22, "column": 31 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Measurement.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "measurement", { "start": { "line": 26, "column": 19 }, "end": { "line": 26, "column": 43 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The following do not count as downtime:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "availability"), "exclusions"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1;
      return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "If availability in a " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "creditPeriod", { "start": { "line": 38, "column": 23 }, "end": { "line": 38, "column": 48 } }), depth0)) != null ? stack1 : "") + " falls below a level in the table, the " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 38, "column": 91 }, "end": { "line": 38, "column": 116 } }), depth0)) != null ? stack1 : "") + " receives the service credit the table states for that level" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "availability"), "creditBasis"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 178 }, "end": { "line": 38, "column": 261 } } })) != null ? stack1 : "") + ".\n\n| Availability in the " + ((stack1 = alias2(alias1(lookupProperty(depth0, "availability"), "creditPeriod", { "start": { "line": 40, "column": 24 }, "end": { "line": 40, "column": 49 } }), depth0)) != null ? stack1 : "") + " | Service credit |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(lookupProperty(depth0, "availability"), "serviceCredits"), { "name": "each", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", as a share of " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "creditBasis", { "start": { "line": 38, "column": 228 }, "end": { "line": 38, "column": 252 } }), depth0)) != null ? stack1 : "");
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "belowText") || alias1(depth0, "belowText", { "start": { "line": 43, "column": 4 }, "end": { "line": 43, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "belowText", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 15 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "creditText") || alias1(depth0, "creditText", { "start": { "line": 43, "column": 20 }, "end": { "line": 43, "column": 30 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "creditText", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 18 }, "end": { "line": 43, "column": 32 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "18": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "availability"), "creditTerms"), { "name": "with", "hash": {}, "fn": container.program(19, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 71, "column": 9 } } })) != null ? stack1 : "";
    }, "19": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 49, "column": 7 }, "end": { "line": 49, "column": 9 } })).call(alias2, lookupProperty(depth0, "cumulative"), true, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 6 }, "end": { "line": 49, "column": 26 } } }), { "name": "if", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 51, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 52, "column": 7 }, "end": { "line": 52, "column": 9 } })).call(alias2, lookupProperty(depth0, "cumulative"), false, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 6 }, "end": { "line": 52, "column": 27 } } }), { "name": "if", "hash": {}, "fn": container.program(21, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 52, "column": 0 }, "end": { "line": 54, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "capText"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "claimWindow"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0, blockParams, depths), "inverse": container.program(29, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 58, "column": 0 }, "end": { "line": 64, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "soleRemedy"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 0 }, "end": { "line": 67, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "forfeiture"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 0 }, "end": { "line": 70, "column": 7 } } })) != null ? stack1 : "");
    }, "20": function(container, depth0, helpers, partials, data) {
      return "The credits of every level passed add up.\n";
    }, "21": function(container, depth0, helpers, partials, data) {
      return "Only the credit of the lowest level reached applies; credits do not add up.\n";
    }, "22": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Credits total at most " + ((stack1 = (helper = lookupProperty(helpers, "capText") || container.strict(depth0, "capText", { "start": { "line": 56, "column": 24 }, "end": { "line": 56, "column": 31 } }), typeof helper === "function" ? helper.call(alias1, { "name": "capText", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 22 }, "end": { "line": 56, "column": 33 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "capPer"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0, blockParams, depths), "inverse": container.program(24, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 56, "column": 33 }, "end": { "line": 56, "column": 151 } } })) != null ? stack1 : "") + ".\n";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " in one " + ((stack1 = (helper = lookupProperty(helpers, "capPer") || container.strict(depth0, "capPer", { "start": { "line": 56, "column": 57 }, "end": { "line": 56, "column": 63 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "capPer", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 55 }, "end": { "line": 56, "column": 65 } } }) : helper)) != null ? stack1 : "");
    }, "24": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depths[1], "availability"), "window"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 73 }, "end": { "line": 56, "column": 144 } } })) != null ? stack1 : "";
    }, "25": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " in one " + ((stack1 = container.lambda(container.strict(lookupProperty(depths[1], "availability"), "window", { "start": { "line": 56, "column": 113 }, "end": { "line": 56, "column": 135 } }), depth0)) != null ? stack1 : "");
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The " + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 59, "column": 6 }, "end": { "line": 59, "column": 31 } }), depth0)) != null ? stack1 : "") + " claims a credit within " + ((stack1 = (helper = lookupProperty(helpers, "claimWindow") || alias1(depth0, "claimWindow", { "start": { "line": 59, "column": 59 }, "end": { "line": 59, "column": 70 } }), typeof helper === "function" ? helper.call(alias2, { "name": "claimWindow", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 57 }, "end": { "line": 59, "column": 72 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "claimProcedure"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.program(28, data, 0), "data": data, "loc": { "start": { "line": 59, "column": 72 }, "end": { "line": 59, "column": 130 } } })) != null ? stack1 : "") + "\n";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ": " + ((stack1 = (helper = lookupProperty(helpers, "claimProcedure") || container.strict(depth0, "claimProcedure", { "start": { "line": 59, "column": 98 }, "end": { "line": 59, "column": 112 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "claimProcedure", "hash": {}, "data": data, "loc": { "start": { "line": 59, "column": 96 }, "end": { "line": 59, "column": 114 } } }) : helper)) != null ? stack1 : "");
    }, "28": function(container, depth0, helpers, partials, data) {
      return ".";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "claimProcedure"), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 63, "column": 7 } } })) != null ? stack1 : "";
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Claims.** " + ((stack1 = (helper = lookupProperty(helpers, "claimProcedure") || container.strict(depth0, "claimProcedure", { "start": { "line": 62, "column": 14 }, "end": { "line": 62, "column": 28 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "claimProcedure", "hash": {}, "data": data, "loc": { "start": { "line": 62, "column": 12 }, "end": { "line": 62, "column": 30 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "31": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Service credits are the " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 66, "column": 26 }, "end": { "line": 66, "column": 51 } }), depth0)) != null ? stack1 : "") + "\u2019s sole and exclusive remedy for availability below the target.\n";
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Forfeiture of credits.** " + ((stack1 = (helper = lookupProperty(helpers, "forfeiture") || container.strict(depth0, "forfeiture", { "start": { "line": 69, "column": 29 }, "end": { "line": 69, "column": 39 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "forfeiture", "hash": {}, "data": data, "loc": { "start": { "line": 69, "column": 27 }, "end": { "line": 69, "column": 41 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "availability"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 73, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true, "useDepths": true }
  },
  "change-orders": {
    source: '{{!-- Where support ends and change-order work begins, how that work is estimated and charged, and other fees. --}}\n{{#if changeOrders}}\n<!-- section: change-orders -->\n## Support and enhancement\n\n{{#if changeOrders.threshold}}\n**Threshold.** {{changeOrders.threshold}}\n{{#if changeOrders.thresholdHoursUnwritten}}\nA request that the Provider estimates at more than {{plural changeOrders.thresholdHours "hour"}} of work is a change order.\n{{/if}}\n\n{{else}}\n{{#if changeOrders.thresholdHours}}\n**Threshold.** A request that the Provider estimates at more than {{plural changeOrders.thresholdHours "hour"}} of work is a change order.\n\n{{/if}}\n{{/if}}\n{{#if changeOrders.evaluation}}\n**Evaluation.** {{changeOrders.evaluation}}\n\n{{/if}}\n{{#if changeOrders.estimateWithin}}\n**Estimate.** The Provider sends an estimate within {{changeOrders.estimateWithin.withCalendar}} of receiving a request it considers a change order.\n\n{{/if}}\n{{#if changeOrders.rate}}\n**Rate.** Change-order work is charged at {{changeOrders.rate}}.\n{{/if}}\n{{/if}}\n{{#if fees.length}}\n## Fees\n\n| Work | Rate | When it applies |\n| --- | --- | --- |\n{{#each fees}}\n| {{forLabel}} | {{default rate "\u2014"}} | {{default description "\u2014"}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: change-orders -->\n## Support and enhancement\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "threshold"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "evaluation"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "estimateWithin"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "rate"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Threshold.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "changeOrders"), "threshold", { "start": { "line": 7, "column": 17 }, "end": { "line": 7, "column": 39 } }), depth0)) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHoursUnwritten"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "A request that the Provider estimates at more than " + ((stack1 = (lookupProperty(helpers, "plural") || container.strict(depth0, "plural", { "start": { "line": 9, "column": 53 }, "end": { "line": 9, "column": 59 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHours"), "hour", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 51 }, "end": { "line": 9, "column": 96 } } })) != null ? stack1 : "") + " of work is a change order.\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHours"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Threshold.** A request that the Provider estimates at more than " + ((stack1 = (lookupProperty(helpers, "plural") || container.strict(depth0, "plural", { "start": { "line": 14, "column": 68 }, "end": { "line": 14, "column": 74 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHours"), "hour", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 66 }, "end": { "line": 14, "column": 111 } } })) != null ? stack1 : "") + " of work is a change order.\n\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Evaluation.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "changeOrders"), "evaluation", { "start": { "line": 19, "column": 18 }, "end": { "line": 19, "column": 41 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Estimate.** The Provider sends an estimate within " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "changeOrders"), "estimateWithin"), "withCalendar", { "start": { "line": 23, "column": 54 }, "end": { "line": 23, "column": 94 } }), depth0)) != null ? stack1 : "") + " of receiving a request it considers a change order.\n\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Rate.** Change-order work is charged at " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "changeOrders"), "rate", { "start": { "line": 27, "column": 44 }, "end": { "line": 27, "column": 61 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Fees\n\n| Work | Rate | When it applies |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "fees"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 37, "column": 9 } } })) != null ? stack1 : "");
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "forLabel") || alias1(depth0, "forLabel", { "start": { "line": 36, "column": 4 }, "end": { "line": 36, "column": 12 } }), typeof helper === "function" ? helper.call(alias2, { "name": "forLabel", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 2 }, "end": { "line": 36, "column": 14 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 36, "column": 19 }, "end": { "line": 36, "column": 26 } })).call(alias2, lookupProperty(depth0, "rate"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 17 }, "end": { "line": 36, "column": 37 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 36, "column": 42 }, "end": { "line": 36, "column": 49 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 40 }, "end": { "line": 36, "column": 67 } } })) != null ? stack1 : "") + " |\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "changeOrders"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "fees"), "length"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 38, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "channels": {
    source: '{{!-- Where requests are raised, and the escalation path. --}}\n{{#if channels.length}}\n{{#if escalation.length}}\n<!-- section: channels -->\n## Channels and escalation\n\n### Channels\n{{else}}\n<!-- section: channels -->\n## Channels\n{{/if}}\n\n{{#if channelsHaveTiers}}\n| Channel | Severities | Tiers | Staffed | How to use it |\n| --- | --- | --- | --- | --- |\n{{#each channels}}\n| {{typeLabel}}{{#if address}}: {{address}}{{/if}} | {{severities}} | {{default tiers "All"}} | {{default hours "\u2014"}} | {{#if description}}{{description}}{{#unless countsForTargets}} Requests raised here do not start the target clocks.{{/unless}}{{else}}{{#if countsForTargets}}\u2014{{else}}Requests raised here do not start the target clocks.{{/if}}{{/if}} |\n{{/each}}\n{{else}}\n| Channel | Severities | Staffed | How to use it |\n| --- | --- | --- | --- |\n{{#each channels}}\n| {{typeLabel}}{{#if address}}: {{address}}{{/if}} | {{severities}} | {{default hours "\u2014"}} | {{#if description}}{{description}}{{#unless countsForTargets}} Requests raised here do not start the target clocks.{{/unless}}{{else}}{{#if countsForTargets}}\u2014{{else}}Requests raised here do not start the target clocks.{{/if}}{{/if}} |\n{{/each}}\n{{/if}}\n{{else}}\n{{#if escalation.length}}\n<!-- section: channels -->\n## Escalation\n{{/if}}\n{{/if}}\n\n{{#if escalation.length}}\n{{#if channels.length}}\n### Escalation path\n{{/if}}\n\nThe escalation contacts, in order:\n\n| Step | Contact | How to reach | When to escalate |\n| --- | --- | --- | --- |\n{{#each escalation}}\n| {{step}} | {{name}}{{#if title}}, {{title}}{{/if}} | {{#if email}}{{email}}{{/if}}{{#if (and email phone)}}, {{/if}}{{#if phone}}{{phone}}{{/if}}{{#unless (or email phone)}}\u2014{{/unless}} | {{when}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "escalation"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "channelsHaveTiers"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      return "<!-- section: channels -->\n## Channels and escalation\n\n### Channels\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      return "<!-- section: channels -->\n## Channels\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Channel | Severities | Tiers | Staffed | How to use it |\n| --- | --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "channels"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 9 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "typeLabel") || alias1(depth0, "typeLabel", { "start": { "line": 17, "column": 4 }, "end": { "line": 17, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "typeLabel", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 15 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "address"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 15 }, "end": { "line": 17, "column": 50 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "severities") || alias1(depth0, "severities", { "start": { "line": 17, "column": 55 }, "end": { "line": 17, "column": 65 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severities", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 53 }, "end": { "line": 17, "column": 67 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 17, "column": 72 }, "end": { "line": 17, "column": 79 } })).call(alias2, lookupProperty(depth0, "tiers"), "All", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 70 }, "end": { "line": 17, "column": 93 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 17, "column": 98 }, "end": { "line": 17, "column": 105 } })).call(alias2, lookupProperty(depth0, "hours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 96 }, "end": { "line": 17, "column": 117 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 120 }, "end": { "line": 17, "column": 353 } } })) != null ? stack1 : "") + " |\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ": " + ((stack1 = (helper = lookupProperty(helpers, "address") || container.strict(depth0, "address", { "start": { "line": 17, "column": 34 }, "end": { "line": 17, "column": 41 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "address", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 32 }, "end": { "line": 17, "column": 43 } } }) : helper)) != null ? stack1 : "");
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 17, "column": 141 }, "end": { "line": 17, "column": 152 } }), typeof helper === "function" ? helper.call(alias1, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 139 }, "end": { "line": 17, "column": 154 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(depth0, "countsForTargets"), { "name": "unless", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 154 }, "end": { "line": 17, "column": 246 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      return " Requests raised here do not start the target clocks.";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "countsForTargets"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 254 }, "end": { "line": 17, "column": 346 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "10": function(container, depth0, helpers, partials, data) {
      return "Requests raised here do not start the target clocks.";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Channel | Severities | Staffed | How to use it |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "channels"), { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "");
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "typeLabel") || alias1(depth0, "typeLabel", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "typeLabel", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 15 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "address"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 15 }, "end": { "line": 23, "column": 50 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "severities") || alias1(depth0, "severities", { "start": { "line": 23, "column": 55 }, "end": { "line": 23, "column": 65 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severities", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 53 }, "end": { "line": 23, "column": 67 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 23, "column": 72 }, "end": { "line": 23, "column": 79 } })).call(alias2, lookupProperty(depth0, "hours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 70 }, "end": { "line": 23, "column": 91 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 23, "column": 94 }, "end": { "line": 23, "column": 327 } } })) != null ? stack1 : "") + " |\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "escalation"), "length"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "";
    }, "14": function(container, depth0, helpers, partials, data) {
      return "<!-- section: channels -->\n## Escalation\n";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "channels"), "length"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "") + "\nThe escalation contacts, in order:\n\n| Step | Contact | How to reach | When to escalate |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "escalation"), { "name": "each", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 9 } } })) != null ? stack1 : "");
    }, "16": function(container, depth0, helpers, partials, data) {
      return "### Escalation path\n";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "step") || alias1(depth0, "step", { "start": { "line": 43, "column": 4 }, "end": { "line": 43, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "step", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 43, "column": 15 }, "end": { "line": 43, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 13 }, "end": { "line": 43, "column": 21 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "title"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 21 }, "end": { "line": 43, "column": 52 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "email"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 55 }, "end": { "line": 43, "column": 84 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "and") || alias1(depth0, "and", { "start": { "line": 43, "column": 91 }, "end": { "line": 43, "column": 94 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 90 }, "end": { "line": 43, "column": 107 } } }), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 84 }, "end": { "line": 43, "column": 118 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "phone"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 118 }, "end": { "line": 43, "column": 147 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 43, "column": 158 }, "end": { "line": 43, "column": 160 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 157 }, "end": { "line": 43, "column": 173 } } }), { "name": "unless", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 147 }, "end": { "line": 43, "column": 187 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 43, "column": 192 }, "end": { "line": 43, "column": 196 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 190 }, "end": { "line": 43, "column": 198 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = (helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 43, "column": 38 }, "end": { "line": 43, "column": 43 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 36 }, "end": { "line": 43, "column": 45 } } }) : helper)) != null ? stack1 : "");
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "email") || container.strict(depth0, "email", { "start": { "line": 43, "column": 70 }, "end": { "line": 43, "column": 75 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "email", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 68 }, "end": { "line": 43, "column": 77 } } }) : helper)) != null ? stack1 : "";
    }, "20": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "phone") || container.strict(depth0, "phone", { "start": { "line": 43, "column": 133 }, "end": { "line": 43, "column": 138 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "phone", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 131 }, "end": { "line": 43, "column": 140 } } }) : helper)) != null ? stack1 : "";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "channels"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(13, data, 0), "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "escalation"), "length"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 45, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "client-responsibilities": {
    source: "{{!-- What the Client does, and when a missed target is excused. --}}\n{{#if clientResponsibilities.length}}\n<!-- section: client-responsibilities -->\n## {{@root.document.clientNoun}} responsibilities\n\nThe {{@root.document.clientNoun}} is responsible for the following:\n\n{{#each clientResponsibilities}}\n{{inc @index}}. **{{label}}**: {{description}}{{#if appliesTo}} ({{appliesTo}}){{/if}}\n{{/each}}\n{{/if}}\n{{#if excusedDelays.length}}\n## Excused delays\n\nA missed target is not a breach in these circumstances:\n\n{{#each excusedDelays}}\n- {{this}}\n{{/each}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: client-responsibilities -->\n## " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 4, "column": 5 }, "end": { "line": 4, "column": 30 } }), depth0)) != null ? stack1 : "") + " responsibilities\n\nThe " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 31 } }), depth0)) != null ? stack1 : "") + " is responsible for the following:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "clientResponsibilities"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "inc") || alias1(depth0, "inc", { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 5 } })).call(alias2, lookupProperty(data, "index"), { "name": "inc", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 14 } } })) != null ? stack1 : "") + ". **" + ((stack1 = (helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 9, "column": 20 }, "end": { "line": 9, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 18 }, "end": { "line": 9, "column": 27 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "description") || alias1(depth0, "description", { "start": { "line": 9, "column": 33 }, "end": { "line": 9, "column": 44 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 31 }, "end": { "line": 9, "column": 46 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "appliesTo"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 46 }, "end": { "line": 9, "column": 86 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = (helper = lookupProperty(helpers, "appliesTo") || container.strict(depth0, "appliesTo", { "start": { "line": 9, "column": 67 }, "end": { "line": 9, "column": 76 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "appliesTo", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 65 }, "end": { "line": 9, "column": 78 } } }) : helper)) != null ? stack1 : "") + ")";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Excused delays\n\nA missed target is not a breach in these circumstances:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "excusedDelays"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1;
      return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "clientResponsibilities"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "excusedDelays"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "contract-frame": {
    source: "{{!-- The master agreement, order of precedence, governing law and jurisdiction. Only when the agreement states them. --}}\n{{#if (or contractFrame amendments)}}\n## Contract frame\n\n{{#if contractFrame}}\n{{#if contractFrame.masterAgreement}}\n**Master agreement.** {{contractFrame.masterAgreement}}\n\n{{/if}}\n{{#if contractFrame.precedence.length}}\n**Order of precedence.** Where these documents conflict, each prevails over those listed after it:\n\n{{#each contractFrame.precedence}}\n{{inc @index}}. {{this}}\n{{/each}}\n\n{{/if}}\n{{#if contractFrame.governingLaw}}\n**Governing law.** This {{document.noun}} is governed by {{contractFrame.governingLaw}}.\n\n{{/if}}\n{{#if contractFrame.jurisdiction}}\n**Jurisdiction.** Disputes are heard by {{contractFrame.jurisdiction}}.\n\n{{/if}}\n{{/if}}\n{{#if amendments}}\n{{#if amendments.description}}\n**Changes to this {{document.noun}}.** {{amendments.description}}{{#if amendments.noticeText}} Notice: at least {{amendments.noticeText}}.{{/if}}\n{{else}}\n**Changes to this {{document.noun}}.** The Provider gives notice of at least {{amendments.noticeText}} before a change takes effect.\n{{/if}}\n{{/if}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Contract frame\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "contractFrame"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "amendments"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contractFrame"), "masterAgreement"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "contractFrame"), "precedence"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contractFrame"), "governingLaw"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contractFrame"), "jurisdiction"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Master agreement.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "contractFrame"), "masterAgreement", { "start": { "line": 7, "column": 24 }, "end": { "line": 7, "column": 53 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Order of precedence.** Where these documents conflict, each prevails over those listed after it:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "contractFrame"), "precedence"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "inc") || container.strict(depth0, "inc", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "index"), { "name": "inc", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 14 } } })) != null ? stack1 : "") + ". " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Governing law.** This " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 19, "column": 26 }, "end": { "line": 19, "column": 39 } }), depth0)) != null ? stack1 : "") + " is governed by " + ((stack1 = alias2(alias1(lookupProperty(depth0, "contractFrame"), "governingLaw", { "start": { "line": 19, "column": 59 }, "end": { "line": 19, "column": 85 } }), depth0)) != null ? stack1 : "") + ".\n\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Jurisdiction.** Disputes are heard by " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "contractFrame"), "jurisdiction", { "start": { "line": 23, "column": 42 }, "end": { "line": 23, "column": 68 } }), depth0)) != null ? stack1 : "") + ".\n\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "amendments"), "description"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Changes to this " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 29, "column": 20 }, "end": { "line": 29, "column": 33 } }), depth0)) != null ? stack1 : "") + ".** " + ((stack1 = alias2(alias1(lookupProperty(depth0, "amendments"), "description", { "start": { "line": 29, "column": 41 }, "end": { "line": 29, "column": 63 } }), depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "amendments"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 65 }, "end": { "line": 29, "column": 145 } } })) != null ? stack1 : "") + "\n";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Notice: at least " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "amendments"), "noticeText", { "start": { "line": 29, "column": 114 }, "end": { "line": 29, "column": 135 } }), depth0)) != null ? stack1 : "") + ".";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Changes to this " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 31, "column": 20 }, "end": { "line": 31, "column": 33 } }), depth0)) != null ? stack1 : "") + ".** The Provider gives notice of at least " + ((stack1 = alias2(alias1(lookupProperty(depth0, "amendments"), "noticeText", { "start": { "line": 31, "column": 79 }, "end": { "line": 31, "column": 100 } }), depth0)) != null ? stack1 : "") + " before a change takes effect.\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 2, "column": 7 }, "end": { "line": 2, "column": 9 } })).call(alias1, lookupProperty(depth0, "contractFrame"), lookupProperty(depth0, "amendments"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 6 }, "end": { "line": 2, "column": 35 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 34, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "contract": {
    source: "{{!--\n  The default support-agreement contract for `sla render`.\n\n  Each section is a partial: one .hbs file in this directory, named after the section. A custom template\n  directory (`sla render --template DIR`) replaces any of these files by name, or replaces this file to change\n  the order of the sections or leave some out. See docs/render.md for the fields each partial can use.\n\n  Every value from the agreement is already escaped for Markdown, so write {{value}}; never build Markdown\n  syntax out of agreement text. `##` and `###` headings are numbered when the contract is rendered (1., 1.1):\n  do not number them here. A section whose data is absent renders nothing at all.\n--}}\n{{> cover}}\n{{> contract-frame}}\n{{> definitions}}\n{{> services}}\n{{> scope}}\n{{> request-types}}\n{{> change-orders}}\n{{> severity-levels}}\n{{> support-hours}}\n{{> channels}}\n{{> client-responsibilities}}\n{{> monitoring}}\n{{> maintenance}}\n{{> tiers}}\n{{> availability}}\n{{> review}}\n{{> signatures}}\n",
    spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.invokePartial(lookupProperty(partials, "cover"), depth0, { "name": "cover", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "contract-frame"), depth0, { "name": "contract-frame", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "definitions"), depth0, { "name": "definitions", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "services"), depth0, { "name": "services", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "scope"), depth0, { "name": "scope", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "request-types"), depth0, { "name": "request-types", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "change-orders"), depth0, { "name": "change-orders", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "severity-levels"), depth0, { "name": "severity-levels", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "support-hours"), depth0, { "name": "support-hours", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "channels"), depth0, { "name": "channels", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "client-responsibilities"), depth0, { "name": "client-responsibilities", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "monitoring"), depth0, { "name": "monitoring", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "maintenance"), depth0, { "name": "maintenance", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "tiers"), depth0, { "name": "tiers", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "availability"), depth0, { "name": "availability", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "review"), depth0, { "name": "review", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + ((stack1 = container.invokePartial(lookupProperty(partials, "signatures"), depth0, { "name": "signatures", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
    }, "usePartial": true, "useData": true }
  },
  "cover": {
    source: '{{!-- Title block, document details, the parties (or the publisher of a policy), their contacts and the term. --}}\n# {{document.title}}\n\n{{#if document.isDraft}}\n> **Draft.** This document is a draft for discussion. It is not an offer and binds neither party until both have signed a final version.\n\n{{/if}}\n{{#if document.version}}\n- **Document version:** {{document.version}}\n{{/if}}\n{{#if document.statusLabel}}\n- **Status:** {{document.statusLabel}}\n{{/if}}\n{{#if document.effectiveDateText}}\n- **Effective date:** {{document.effectiveDateText}}\n{{/if}}\n{{#if document.lastUpdatedText}}\n- **Last updated:** {{document.lastUpdatedText}}\n{{/if}}\n{{#if tier}}\n- **Service tier:** {{tier.name}}\n{{/if}}\n- **Reference:** {{document.id}}\n\n{{> summary}}\n\n{{#if client}}\n## Parties and term\n\nThis support agreement (the \u201CAgreement\u201D) is made between:\n\n1. **{{provider.displayName}}**{{#if provider.address}}, {{provider.address}}{{/if}} ({{#if provider.hasShortName}}\u201C{{provider.name}}\u201D or {{/if}}the \u201CProvider\u201D); and\n2. **{{client.displayName}}**{{#if client.address}}, {{client.address}}{{/if}} ({{#if client.hasShortName}}\u201C{{client.name}}\u201D or {{/if}}the \u201C{{@root.document.clientNoun}}\u201D).\n\n{{#if tier}}\nThe {{@root.document.clientNoun}} receives the **{{tier.name}}** service tier.\n{{/if}}\n\n{{#if term}}\n{{#if document.effectiveDateText}}\nThe Agreement takes effect on {{document.effectiveDateText}} and runs for an initial term of {{term.initialText}}.\n{{else}}\nThe Agreement runs for an initial term of {{term.initialText}}.\n{{/if}}\n{{#if (eq term.renewal "automatic")}}\nAt the end of the initial term it renews automatically{{#if term.renewalText}} for successive periods of {{term.renewalText}}{{/if}}{{#if term.noticeText}}, unless either party gives the other written notice of at least {{term.noticeText}} before the end of the current period{{/if}}.\n{{/if}}\n{{#if (eq term.renewal "by-agreement")}}\nAt the end of the initial term it continues only if both parties agree in writing{{#if term.renewalText}}, for further periods of {{term.renewalText}}{{/if}}.\n{{#if term.noticeText}}\nEither party may end the Agreement by giving the other written notice of at least {{term.noticeText}}.\n{{/if}}\n{{/if}}\n{{#if (eq term.renewal "none")}}\nIt ends at the end of the initial term.\n{{#if term.noticeText}}\nEither party may end it earlier by giving the other written notice of at least {{term.noticeText}}.\n{{/if}}\n{{/if}}\n{{/if}}\n{{else}}\n## Provider\n\nThis support policy is published by **{{provider.displayName}}**{{#if provider.address}}, {{provider.address}}{{/if}} ({{#if provider.hasShortName}}\u201C{{provider.name}}\u201D or {{/if}}the \u201CProvider\u201D) for its customers (each a \u201CCustomer\u201D).\n{{/if}}\n\n{{#if contacts.length}}\n### Contacts\n\n| Party | Contact | Role | How to reach |\n| --- | --- | --- | --- |\n{{#each contacts}}\n| {{party}} | {{name}}{{#if title}}, {{title}}{{/if}} | {{default roles "\u2014"}} | {{#if email}}{{email}}{{/if}}{{#if (and email phone)}}, {{/if}}{{#if phone}}{{phone}}{{/if}}{{#unless (or email phone)}}\u2014{{/unless}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      return "> **Draft.** This document is a draft for discussion. It is not an offer and binds neither party until both have signed a final version.\n\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Document version:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "version", { "start": { "line": 9, "column": 26 }, "end": { "line": 9, "column": 42 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Status:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "statusLabel", { "start": { "line": 12, "column": 16 }, "end": { "line": 12, "column": 36 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Effective date:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "effectiveDateText", { "start": { "line": 15, "column": 24 }, "end": { "line": 15, "column": 50 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Last updated:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "lastUpdatedText", { "start": { "line": 18, "column": 22 }, "end": { "line": 18, "column": 46 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Service tier:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "name", { "start": { "line": 21, "column": 22 }, "end": { "line": 21, "column": 31 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Parties and term\n\nThis support agreement (the \u201CAgreement\u201D) is made between:\n\n1. **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "provider"), "displayName", { "start": { "line": 32, "column": 7 }, "end": { "line": 32, "column": 27 } }), depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "provider"), "address"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 31 }, "end": { "line": 32, "column": 84 } } })) != null ? stack1 : "") + " (" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "provider"), "hasShortName"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 86 }, "end": { "line": 32, "column": 145 } } })) != null ? stack1 : "") + "the \u201CProvider\u201D); and\n2. **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "client"), "displayName", { "start": { "line": 33, "column": 7 }, "end": { "line": 33, "column": 25 } }), depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "client"), "address"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 29 }, "end": { "line": 33, "column": 78 } } })) != null ? stack1 : "") + " (" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "client"), "hasShortName"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 80 }, "end": { "line": 33, "column": 135 } } })) != null ? stack1 : "") + "the \u201C" + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 33, "column": 142 }, "end": { "line": 33, "column": 167 } }), depth0)) != null ? stack1 : "") + "\u201D).\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "term"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 60, "column": 7 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "provider"), "address", { "start": { "line": 32, "column": 59 }, "end": { "line": 32, "column": 75 } }), depth0)) != null ? stack1 : "");
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "\u201C" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "provider"), "name", { "start": { "line": 32, "column": 118 }, "end": { "line": 32, "column": 131 } }), depth0)) != null ? stack1 : "") + "\u201D or ";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "client"), "address", { "start": { "line": 33, "column": 55 }, "end": { "line": 33, "column": 69 } }), depth0)) != null ? stack1 : "");
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "\u201C" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "client"), "name", { "start": { "line": 33, "column": 110 }, "end": { "line": 33, "column": 121 } }), depth0)) != null ? stack1 : "") + "\u201D or ";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 36, "column": 6 }, "end": { "line": 36, "column": 31 } }), depth0)) != null ? stack1 : "") + " receives the **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "tier"), "name", { "start": { "line": 36, "column": 51 }, "end": { "line": 36, "column": 60 } }), depth0)) != null ? stack1 : "") + "** service tier.\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "document"), "effectiveDateText"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.program(14, data, 0), "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || alias2(depth0, "eq", { "start": { "line": 45, "column": 7 }, "end": { "line": 45, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewal"), "automatic", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 6 }, "end": { "line": 45, "column": 35 } } }), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || alias2(depth0, "eq", { "start": { "line": 48, "column": 7 }, "end": { "line": 48, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewal"), "by-agreement", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 6 }, "end": { "line": 48, "column": 38 } } }), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || alias2(depth0, "eq", { "start": { "line": 54, "column": 7 }, "end": { "line": 54, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewal"), "none", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 6 }, "end": { "line": 54, "column": 30 } } }), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "");
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The Agreement takes effect on " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "effectiveDateText", { "start": { "line": 41, "column": 32 }, "end": { "line": 41, "column": 58 } }), depth0)) != null ? stack1 : "") + " and runs for an initial term of " + ((stack1 = alias2(alias1(lookupProperty(depth0, "term"), "initialText", { "start": { "line": 41, "column": 95 }, "end": { "line": 41, "column": 111 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The Agreement runs for an initial term of " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "term"), "initialText", { "start": { "line": 43, "column": 44 }, "end": { "line": 43, "column": 60 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "At the end of the initial term it renews automatically" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewalText"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 54 }, "end": { "line": 46, "column": 132 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "term"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 132 }, "end": { "line": 46, "column": 283 } } })) != null ? stack1 : "") + ".\n";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " for successive periods of " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "term"), "renewalText", { "start": { "line": 46, "column": 107 }, "end": { "line": 46, "column": 123 } }), depth0)) != null ? stack1 : "");
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", unless either party gives the other written notice of at least " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "term"), "noticeText", { "start": { "line": 46, "column": 222 }, "end": { "line": 46, "column": 237 } }), depth0)) != null ? stack1 : "") + " before the end of the current period";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "At the end of the initial term it continues only if both parties agree in writing" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewalText"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 81 }, "end": { "line": 49, "column": 157 } } })) != null ? stack1 : "") + ".\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "term"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "");
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", for further periods of " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "term"), "renewalText", { "start": { "line": 49, "column": 132 }, "end": { "line": 49, "column": 148 } }), depth0)) != null ? stack1 : "");
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Either party may end the Agreement by giving the other written notice of at least " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "term"), "noticeText", { "start": { "line": 51, "column": 84 }, "end": { "line": 51, "column": 99 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "It ends at the end of the initial term.\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "term"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "");
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Either party may end it earlier by giving the other written notice of at least " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "term"), "noticeText", { "start": { "line": 57, "column": 81 }, "end": { "line": 57, "column": 96 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Provider\n\nThis support policy is published by **" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "provider"), "displayName", { "start": { "line": 64, "column": 40 }, "end": { "line": 64, "column": 60 } }), depth0)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "provider"), "address"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 64 }, "end": { "line": 64, "column": 117 } } })) != null ? stack1 : "") + " (" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "provider"), "hasShortName"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 119 }, "end": { "line": 64, "column": 178 } } })) != null ? stack1 : "") + "the \u201CProvider\u201D) for its customers (each a \u201CCustomer\u201D).\n";
    }, "24": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Contacts\n\n| Party | Contact | Role | How to reach |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "contacts"), { "name": "each", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 74, "column": 9 } } })) != null ? stack1 : "");
    }, "25": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "party") || alias1(depth0, "party", { "start": { "line": 73, "column": 4 }, "end": { "line": 73, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "party", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 2 }, "end": { "line": 73, "column": 11 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 73, "column": 16 }, "end": { "line": 73, "column": 20 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 14 }, "end": { "line": 73, "column": 22 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "title"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 22 }, "end": { "line": 73, "column": 53 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 73, "column": 58 }, "end": { "line": 73, "column": 65 } })).call(alias2, lookupProperty(depth0, "roles"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 56 }, "end": { "line": 73, "column": 77 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "email"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 80 }, "end": { "line": 73, "column": 109 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "and") || alias1(depth0, "and", { "start": { "line": 73, "column": 116 }, "end": { "line": 73, "column": 119 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 115 }, "end": { "line": 73, "column": 132 } } }), { "name": "if", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 109 }, "end": { "line": 73, "column": 143 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "phone"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 143 }, "end": { "line": 73, "column": 172 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 73, "column": 183 }, "end": { "line": 73, "column": 185 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 182 }, "end": { "line": 73, "column": 198 } } }), { "name": "unless", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 172 }, "end": { "line": 73, "column": 212 } } })) != null ? stack1 : "") + " |\n";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = (helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 73, "column": 39 }, "end": { "line": 73, "column": 44 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 37 }, "end": { "line": 73, "column": 46 } } }) : helper)) != null ? stack1 : "");
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "email") || container.strict(depth0, "email", { "start": { "line": 73, "column": 95 }, "end": { "line": 73, "column": 100 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "email", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 93 }, "end": { "line": 73, "column": 102 } } }) : helper)) != null ? stack1 : "";
    }, "28": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "phone") || container.strict(depth0, "phone", { "start": { "line": 73, "column": 158 }, "end": { "line": 73, "column": 163 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "phone", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 156 }, "end": { "line": 73, "column": 165 } } }) : helper)) != null ? stack1 : "";
    }, "30": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "# " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "title", { "start": { "line": 2, "column": 4 }, "end": { "line": 2, "column": 18 } }), depth0)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "document"), "isDraft"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "document"), "version"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "document"), "statusLabel"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "document"), "effectiveDateText"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "document"), "lastUpdatedText"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + "- **Reference:** " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "id", { "start": { "line": 23, "column": 19 }, "end": { "line": 23, "column": 30 } }), depth0)) != null ? stack1 : "") + "\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "summary"), depth0, { "name": "summary", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(depth0, "client"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(23, data, 0), "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 65, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "contacts"), "length"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "");
    }, "usePartial": true, "useData": true }
  },
  "definitions": {
    source: "{{!-- The agreement's own definitions. Terms the agreement does not define are not defined here either. --}}\n{{#if definitions.length}}\n## Definitions\n\nIn this {{document.noun}} the following terms have these meanings.\n\n{{#each definitions}}\n- **{{term}}**: {{meaning}}\n{{/each}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Definitions\n\nIn this " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "noun", { "start": { "line": 5, "column": 10 }, "end": { "line": 5, "column": 23 } }), depth0)) != null ? stack1 : "") + " the following terms have these meanings.\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "definitions"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "term") || alias1(depth0, "term", { "start": { "line": 8, "column": 6 }, "end": { "line": 8, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "term", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 12 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "meaning") || alias1(depth0, "meaning", { "start": { "line": 8, "column": 18 }, "end": { "line": 8, "column": 25 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "meaning", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 16 }, "end": { "line": 8, "column": 27 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "definitions"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "maintenance": {
    source: '{{!-- Maintenance windows, notice, approval, testing and emergency changes. --}}\n{{#if maintenance}}\n## Maintenance and planned change\n\n{{#if maintenance.windows.length}}\n### Maintenance windows\n\nPlanned maintenance takes place only within these windows:\n\n{{#each maintenance.windows}}\n- {{days}}, {{hours}} {{timezoneText}}\n{{/each}}\n\n{{/if}}\n{{#if maintenance.notice}}\n### Notice\n\nThe Provider gives the {{@root.document.clientNoun}} notice of planned maintenance at least {{maintenance.notice.withCalendar}} in advance.\n\n{{/if}}\n{{#if maintenance.approval}}\n### Approval\n\n{{#if maintenance.approval.required}}\nPlanned changes are released only after the {{@root.document.clientNoun}} has approved them.{{#if maintenance.approval.approver}} Approver: {{maintenance.approval.approver}}.{{/if}}\n{{else}}\nPlanned changes do not need the {{@root.document.clientNoun}}\u2019s approval before release.\n{{/if}}\n{{#if maintenance.approval.description}}\n{{maintenance.approval.description}}\n{{/if}}\n\n{{/if}}\n{{#if maintenance.testing}}\n### Testing before release\n\n{{#if maintenance.testing.required}}\nEvery planned change is tested before it is released.\n{{/if}}\n{{#if maintenance.testing.description}}\n{{maintenance.testing.description}}\n{{/if}}\n{{#if maintenance.testing.evaluationSet}}\n{{#with maintenance.testing.evaluationSet}}\nA change is released only when it passes the evaluation set \u201C{{name}}\u201D{{#if size}} ({{plural size "case"}}){{/if}}. Pass criterion: {{passCriterion}}\n{{/with}}\n{{/if}}\n\n{{/if}}\n{{#if maintenance.emergencyChanges}}\n### Emergency changes\n\n{{maintenance.emergencyChanges.description}}\n{{#if maintenance.emergencyChanges.notifyWithin}}\nThe Provider tells the {{@root.document.clientNoun}} about every emergency change within {{maintenance.emergencyChanges.notifyWithin.withCalendar}}.\n{{/if}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Maintenance and planned change\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "windows"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "notice"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Maintenance windows\n\nPlanned maintenance takes place only within these windows:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "maintenance"), "windows"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (helper = lookupProperty(helpers, "days") || alias1(depth0, "days", { "start": { "line": 11, "column": 4 }, "end": { "line": 11, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "days", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 10 } } }) : helper)) != null ? stack1 : "") + ", " + ((stack1 = (helper = lookupProperty(helpers, "hours") || alias1(depth0, "hours", { "start": { "line": 11, "column": 14 }, "end": { "line": 11, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "hours", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 12 }, "end": { "line": 11, "column": 21 } } }) : helper)) != null ? stack1 : "") + " " + ((stack1 = (helper = lookupProperty(helpers, "timezoneText") || alias1(depth0, "timezoneText", { "start": { "line": 11, "column": 24 }, "end": { "line": 11, "column": 36 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "timezoneText", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 22 }, "end": { "line": 11, "column": 38 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Notice\n\nThe Provider gives the " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 18, "column": 25 }, "end": { "line": 18, "column": 50 } }), depth0)) != null ? stack1 : "") + " notice of planned maintenance at least " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(depth0, "maintenance"), "notice"), "withCalendar", { "start": { "line": 18, "column": 94 }, "end": { "line": 18, "column": 125 } }), depth0)) != null ? stack1 : "") + " in advance.\n\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Approval\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "required"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "description"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Planned changes are released only after the " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 25, "column": 46 }, "end": { "line": 25, "column": 71 } }), depth0)) != null ? stack1 : "") + " has approved them." + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "approver"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 92 }, "end": { "line": 25, "column": 181 } } })) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Approver: " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "approver", { "start": { "line": 25, "column": 142 }, "end": { "line": 25, "column": 171 } }), depth0)) != null ? stack1 : "") + ".";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Planned changes do not need the " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 27, "column": 34 }, "end": { "line": 27, "column": 59 } }), depth0)) != null ? stack1 : "") + "\u2019s approval before release.\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "description", { "start": { "line": 30, "column": 2 }, "end": { "line": 30, "column": 34 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Testing before release\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "required"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 39, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "description"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 42, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "evaluationSet"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + "\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      return "Every planned change is tested before it is released.\n";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "description", { "start": { "line": 41, "column": 2 }, "end": { "line": 41, "column": 33 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "evaluationSet"), { "name": "with", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 44, "column": 0 }, "end": { "line": 46, "column": 9 } } })) != null ? stack1 : "";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "A change is released only when it passes the evaluation set \u201C" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 45, "column": 63 }, "end": { "line": 45, "column": 67 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 61 }, "end": { "line": 45, "column": 69 } } }) : helper)) != null ? stack1 : "") + "\u201D" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "size"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 70 }, "end": { "line": 45, "column": 114 } } })) != null ? stack1 : "") + ". Pass criterion: " + ((stack1 = (helper = lookupProperty(helpers, "passCriterion") || alias1(depth0, "passCriterion", { "start": { "line": 45, "column": 134 }, "end": { "line": 45, "column": 147 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "passCriterion", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 132 }, "end": { "line": 45, "column": 149 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = (lookupProperty(helpers, "plural") || container.strict(depth0, "plural", { "start": { "line": 45, "column": 86 }, "end": { "line": 45, "column": 92 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "size"), "case", { "name": "plural", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 84 }, "end": { "line": 45, "column": 106 } } })) != null ? stack1 : "") + ")";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Emergency changes\n\n" + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), "description", { "start": { "line": 53, "column": 2 }, "end": { "line": 53, "column": 42 } }), depth0)) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), "notifyWithin"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 56, "column": 7 } } })) != null ? stack1 : "");
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The Provider tells the " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 55, "column": 25 }, "end": { "line": 55, "column": 50 } }), depth0)) != null ? stack1 : "") + " about every emergency change within " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), "notifyWithin"), "withCalendar", { "start": { "line": 55, "column": 91 }, "end": { "line": 55, "column": 145 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "maintenance"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "monitoring": {
    source: '{{!-- Metrics, reports and proactive outreach. --}}\n{{#if monitoring}}\n## Monitoring and reporting\n\n{{#if monitoring.metrics.length}}\n### Metrics\n\nThe Provider tracks the following metrics{{#if monitoring.reviewFrequency}} and reviews them {{monitoring.reviewFrequency}}{{/if}}.\n\n| Metric | Category | How it is measured | Threshold |\n| --- | --- | --- | --- |\n{{#each monitoring.metrics}}\n| {{name}} | {{category}} | {{default description "\u2014"}} | {{default threshold "\u2014"}} |\n{{/each}}\n\n{{else}}\n{{#if monitoring.reviewFrequency}}\nThe Provider reviews its monitoring {{monitoring.reviewFrequency}}.\n\n{{/if}}\n{{/if}}\n{{#if monitoring.reports.length}}\n### Reports\n\n{{#each monitoring.reports}}\n**{{name}}**: sent {{frequency}}{{#if deliveredWithin}}, within {{deliveredWithin.withCalendar}} after the end of the period it covers{{/if}}.{{#if contents.length}} It contains:{{/if}}\n\n{{#if contents.length}}\n{{#each contents}}\n- {{this}}\n{{/each}}\n\n{{/if}}\n{{/each}}\n{{/if}}\n{{#if monitoring.proactiveOutreach.length}}\n### Proactive outreach\n\nThe Provider contacts the {{@root.document.clientNoun}}, without waiting for a request, when any of the following occurs.\n\n| Trigger | Metric | {{@root.document.clientNoun}} contacted within |\n| --- | --- | --- |\n{{#each monitoring.proactiveOutreach}}\n| {{trigger}} | {{default metric "\u2014"}} | {{#if within}}{{within.withCalendar}}{{else}}\u2014{{/if}} |\n{{/each}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Monitoring and reporting\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "monitoring"), "metrics"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "monitoring"), "reports"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "monitoring"), "proactiveOutreach"), "length"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 46, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Metrics\n\nThe Provider tracks the following metrics" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "monitoring"), "reviewFrequency"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 41 }, "end": { "line": 8, "column": 130 } } })) != null ? stack1 : "") + ".\n\n| Metric | Category | How it is measured | Threshold |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "monitoring"), "metrics"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 14, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " and reviews them " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "monitoring"), "reviewFrequency", { "start": { "line": 8, "column": 95 }, "end": { "line": 8, "column": 121 } }), depth0)) != null ? stack1 : "");
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 13, "column": 4 }, "end": { "line": 13, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 2 }, "end": { "line": 13, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "category") || alias1(depth0, "category", { "start": { "line": 13, "column": 15 }, "end": { "line": 13, "column": 23 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "category", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 13 }, "end": { "line": 13, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 13, "column": 30 }, "end": { "line": 13, "column": 37 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 28 }, "end": { "line": 13, "column": 55 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 13, "column": 60 }, "end": { "line": 13, "column": 67 } })).call(alias2, lookupProperty(depth0, "threshold"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 58 }, "end": { "line": 13, "column": 83 } } })) != null ? stack1 : "") + " |\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "monitoring"), "reviewFrequency"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The Provider reviews its monitoring " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "monitoring"), "reviewFrequency", { "start": { "line": 18, "column": 38 }, "end": { "line": 18, "column": 64 } }), depth0)) != null ? stack1 : "") + ".\n\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Reports\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "monitoring"), "reports"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 26, "column": 4 }, "end": { "line": 26, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 2 }, "end": { "line": 26, "column": 10 } } }) : helper)) != null ? stack1 : "") + "**: sent " + ((stack1 = (helper = lookupProperty(helpers, "frequency") || alias1(depth0, "frequency", { "start": { "line": 26, "column": 21 }, "end": { "line": 26, "column": 30 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "frequency", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 19 }, "end": { "line": 26, "column": 32 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "deliveredWithin"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 32 }, "end": { "line": 26, "column": 141 } } })) != null ? stack1 : "") + "." + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "contents"), "length"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 142 }, "end": { "line": 26, "column": 185 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "contents"), "length"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "");
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", within " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "deliveredWithin"), "withCalendar", { "start": { "line": 26, "column": 66 }, "end": { "line": 26, "column": 94 } }), depth0)) != null ? stack1 : "") + " after the end of the period it covers";
    }, "9": function(container, depth0, helpers, partials, data) {
      return " It contains:";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "contents"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 31, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1;
      return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Proactive outreach\n\nThe Provider contacts the " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 39, "column": 28 }, "end": { "line": 39, "column": 53 } }), depth0)) != null ? stack1 : "") + ", without waiting for a request, when any of the following occurs.\n\n| Trigger | Metric | " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 41, "column": 23 }, "end": { "line": 41, "column": 48 } }), depth0)) != null ? stack1 : "") + " contacted within |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "monitoring"), "proactiveOutreach"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 45, "column": 9 } } })) != null ? stack1 : "");
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "trigger") || alias1(depth0, "trigger", { "start": { "line": 44, "column": 4 }, "end": { "line": 44, "column": 11 } }), typeof helper === "function" ? helper.call(alias2, { "name": "trigger", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 2 }, "end": { "line": 44, "column": 13 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 44, "column": 18 }, "end": { "line": 44, "column": 25 } })).call(alias2, lookupProperty(depth0, "metric"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 16 }, "end": { "line": 44, "column": 38 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "within"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.program(15, data, 0), "data": data, "loc": { "start": { "line": 44, "column": 41 }, "end": { "line": 44, "column": 94 } } })) != null ? stack1 : "") + " |\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "within"), "withCalendar", { "start": { "line": 44, "column": 57 }, "end": { "line": 44, "column": 76 } }), depth0)) != null ? stack1 : "";
    }, "15": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "monitoring"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "request-types": {
    source: '{{!-- The kinds of request the Client can raise, and how the support fee covers each. --}}\n{{#if requestTypes.length}}\n<!-- section: request-types -->\n## Request types and coverage\n\nThe table shows how each type of request is covered.\n\n{{#if requestTypesHaveResponse}}\n| Request type | What it covers | Coverage | Response |\n| --- | --- | --- | --- |\n{{#each requestTypes}}\n| {{name}} | {{default description "\u2014"}} | {{coverageText}} | {{#if response}}{{response.shortText}}{{else}}\u2014{{/if}} |\n{{/each}}\n{{else}}\n| Request type | What it covers | Coverage |\n| --- | --- | --- |\n{{#each requestTypes}}\n| {{name}} | {{default description "\u2014"}} | {{coverageText}} |\n{{/each}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: request-types -->\n## Request types and coverage\n\nThe table shows how each type of request is covered.\n\n" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "requestTypesHaveResponse"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(5, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Request type | What it covers | Coverage | Response |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "requestTypes"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 12, "column": 4 }, "end": { "line": 12, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 12, "column": 15 }, "end": { "line": 12, "column": 22 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 13 }, "end": { "line": 12, "column": 40 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "coverageText") || alias1(depth0, "coverageText", { "start": { "line": 12, "column": 45 }, "end": { "line": 12, "column": 57 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "coverageText", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 43 }, "end": { "line": 12, "column": 59 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "response"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(4, data, 0), "data": data, "loc": { "start": { "line": 12, "column": 62 }, "end": { "line": 12, "column": 116 } } })) != null ? stack1 : "") + " |\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "response"), "shortText", { "start": { "line": 12, "column": 80 }, "end": { "line": 12, "column": 98 } }), depth0)) != null ? stack1 : "";
    }, "4": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Request type | What it covers | Coverage |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "requestTypes"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "");
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 18, "column": 4 }, "end": { "line": 18, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 18, "column": 15 }, "end": { "line": 18, "column": 22 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 13 }, "end": { "line": 18, "column": 40 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "coverageText") || alias1(depth0, "coverageText", { "start": { "line": 18, "column": 45 }, "end": { "line": 18, "column": 57 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "coverageText", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 43 }, "end": { "line": 18, "column": 59 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "requestTypes"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "review": {
    source: "{{!-- How often, and on what, the agreement is reviewed. --}}\n{{#if review}}\n## Review of this {{document.noun}}\n\n{{#if document.isPolicy}}The Provider reviews{{else}}The parties review{{/if}} this {{document.noun}} {{review.frequency}} against the support actually delivered.\n{{#if review.participants.length}}\nThe review is attended by: {{list review.participants}}.\n{{/if}}\n\n{{#if review.topics.length}}\nEach review covers:\n\n{{#each review.topics}}\n- **{{label}}**: {{description}}\n{{/each}}\n{{/if}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Review of this " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 3, "column": 20 }, "end": { "line": 3, "column": 33 } }), depth0)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "document"), "isPolicy"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 78 } } })) != null ? stack1 : "") + " this " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 5, "column": 86 }, "end": { "line": 5, "column": 99 } }), depth0)) != null ? stack1 : "") + " " + ((stack1 = alias2(alias1(lookupProperty(depth0, "review"), "frequency", { "start": { "line": 5, "column": 104 }, "end": { "line": 5, "column": 120 } }), depth0)) != null ? stack1 : "") + " against the support actually delivered.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(lookupProperty(depth0, "review"), "participants"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(lookupProperty(depth0, "review"), "topics"), "length"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      return "The Provider reviews";
    }, "2": function(container, depth0, helpers, partials, data) {
      return "The parties review";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The review is attended by: " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 7, "column": 29 }, "end": { "line": 7, "column": 33 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "review"), "participants"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 27 }, "end": { "line": 7, "column": 55 } } })) != null ? stack1 : "") + ".\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Each review covers:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "review"), "topics"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "");
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 14, "column": 6 }, "end": { "line": 14, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 4 }, "end": { "line": 14, "column": 13 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "description") || alias1(depth0, "description", { "start": { "line": 14, "column": 19 }, "end": { "line": 14, "column": 30 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 17 }, "end": { "line": 14, "column": 32 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "review"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "scope": {
    source: "{{!-- What support covers and what it does not. --}}\n{{#if scope}}\n<!-- section: scope -->\n## Scope of support\n\n{{#if scope.included.length}}\n### Included\n\nSupport covers the following work:\n\n{{#each scope.included}}\n- **{{label}}**: {{description}}\n{{/each}}\n\n{{/if}}\n{{#if scope.excluded.length}}\n### Not included\n\nSupport does not cover the following work.\n{{#if changeOrders}}\nThe {{@root.document.clientNoun}} may order it as a change order, as set out in the section \u201CSupport and enhancement\u201D.\n{{/if}}\n\n{{#each scope.excluded}}\n- **{{label}}**: {{description}}\n{{/each}}\n{{/if}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: scope -->\n## Scope of support\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "scope"), "included"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "scope"), "excluded"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 27, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Included\n\nSupport covers the following work:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "scope"), "included"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 12, "column": 6 }, "end": { "line": 12, "column": 11 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 4 }, "end": { "line": 12, "column": 13 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "description") || alias1(depth0, "description", { "start": { "line": 12, "column": 19 }, "end": { "line": 12, "column": 30 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 17 }, "end": { "line": 12, "column": 32 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Not included\n\nSupport does not cover the following work.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "changeOrders"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "scope"), "excluded"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 26, "column": 9 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 21, "column": 6 }, "end": { "line": 21, "column": 31 } }), depth0)) != null ? stack1 : "") + " may order it as a change order, as set out in the section \u201CSupport and enhancement\u201D.\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "scope"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "services": {
    source: '{{!-- The services covered, their components and the third-party services they depend on. --}}\n## Services covered\n\nThis {{document.noun}} covers the following {{#if (eq services.length 1)}}service{{else}}services{{/if}}.\n\n{{#if servicesHaveDetails}}\n{{#each services}}\n### {{name}}\n\n{{#if description}}\n{{description}}\n{{/if}}\n{{#if environment}}\nEnvironment covered: {{environment}}.\n{{/if}}\n\n{{#if components.length}}\nComponents:\n\n| Component | Description |\n| --- | --- |\n{{#each components}}\n| {{name}} | {{default description "\u2014"}} |\n{{/each}}\n\n{{/if}}\n{{#if dependencies.length}}\nThird-party services it depends on:\n\n| Service | Type | Account held by | Notes |\n| --- | --- | --- | --- |\n{{#each dependencies}}\n| {{name}} | {{kind}} | {{default ownedBy "\u2014"}} | {{default description "\u2014"}} |\n{{/each}}\n\n{{/if}}\n{{/each}}\n{{else}}\n{{#each services}}\n- **{{name}}**\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      return "service";
    }, "1": function(container, depth0, helpers, partials, data) {
      return "services";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 37, "column": 9 } } })) != null ? stack1 : "";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 8, "column": 6 }, "end": { "line": 8, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 12 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "environment"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "components"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "dependencies"), "length"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 15 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Environment covered: " + ((stack1 = (helper = lookupProperty(helpers, "environment") || container.strict(depth0, "environment", { "start": { "line": 14, "column": 23 }, "end": { "line": 14, "column": 34 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "environment", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 21 }, "end": { "line": 14, "column": 36 } } }) : helper)) != null ? stack1 : "") + ".\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Components:\n\n| Component | Description |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "components"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 8 } }), typeof helper === "function" ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 23, "column": 15 }, "end": { "line": 23, "column": 22 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 13 }, "end": { "line": 23, "column": 40 } } })) != null ? stack1 : "") + " |\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Third-party services it depends on:\n\n| Service | Type | Account held by | Notes |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "dependencies"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 33, "column": 4 }, "end": { "line": 33, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 2 }, "end": { "line": 33, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "kind") || alias1(depth0, "kind", { "start": { "line": 33, "column": 15 }, "end": { "line": 33, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 13 }, "end": { "line": 33, "column": 21 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 33, "column": 26 }, "end": { "line": 33, "column": 33 } })).call(alias2, lookupProperty(depth0, "ownedBy"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 24 }, "end": { "line": 33, "column": 47 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 33, "column": 52 }, "end": { "line": 33, "column": 59 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 50 }, "end": { "line": 33, "column": 77 } } })) != null ? stack1 : "") + " |\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 41, "column": 9 } } })) != null ? stack1 : "";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 40, "column": 6 }, "end": { "line": 40, "column": 10 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 4 }, "end": { "line": 40, "column": 12 } } }) : helper)) != null ? stack1 : "") + "**\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Services covered\n\nThis " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 4, "column": 7 }, "end": { "line": 4, "column": 20 } }), depth0)) != null ? stack1 : "") + " covers the following " + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 4, "column": 51 }, "end": { "line": 4, "column": 53 } })).call(alias2, lookupProperty(lookupProperty(depth0, "services"), "length"), 1, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 50 }, "end": { "line": 4, "column": 72 } } }), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(1, data, 0), "data": data, "loc": { "start": { "line": 4, "column": 44 }, "end": { "line": 4, "column": 104 } } })) != null ? stack1 : "") + ".\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "servicesHaveDetails"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 42, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "severity-levels": {
    source: "{{!-- The severity levels, how severity is assigned, and (in an agreement) the targets of the Client's tier. --}}\n<!-- section: severity-levels -->\n## Severity levels{{#if tier}} and targets{{/if}}\n\n{{#if tier}}\n### Severity levels\n\n{{/if}}\n{{#each severityLevels}}\n- **{{name}}**{{#if appliesTo}} ({{appliesTo}}){{/if}}{{#if (or definition businessImpact examples.length)}}:{{/if}}{{#if definition}} {{definition}}{{/if}}{{#if businessImpact}} _Impact:_ {{businessImpact}}{{/if}}{{#if examples.length}} _Examples:_ {{sentences examples}}{{/if}}\n{{/each}}\n\n{{#if tier}}\n{{#if (or severityColumns.response severityColumns.update severityColumns.resolution)}}\n### Targets\n\nThe times are those of the {{@root.document.clientNoun}}\u2019s **{{tier.name}}** tier.\n{{#if firmness.response}}\n{{firmness.response}}\n{{/if}}\n{{#if firmness.update}}\n{{firmness.update}}\n{{/if}}\n{{#if firmness.resolution}}\n{{firmness.resolution}}\n{{/if}}\n{{#if severityColumns.dashes}}\nA dash means that no time is set.\n{{/if}}\n\n| Severity{{#if severityColumns.response}} | Response{{/if}}{{#if severityColumns.update}} | Updates{{/if}}{{#if severityColumns.resolution}} | Resolution{{/if}}{{#if severityColumns.calendar}} | Hours{{/if}} |\n| ---{{#if severityColumns.response}} | ---{{/if}}{{#if severityColumns.update}} | ---{{/if}}{{#if severityColumns.resolution}} | ---{{/if}}{{#if severityColumns.calendar}} | ---{{/if}} |\n{{#each severityLevels}}\n| **{{name}}**{{#if @root.severityColumns.response}} | {{#if response}}{{#if sharedCalendar}}{{response.text}}{{else}}{{response.shortText}}{{/if}}{{else}}\u2014{{/if}}{{/if}}{{#if @root.severityColumns.update}} | {{#if update}}{{#if sharedCalendar}}{{update.text}}{{else}}{{update.shortText}}{{/if}}{{else}}\u2014{{/if}}{{/if}}{{#if @root.severityColumns.resolution}} | {{#if resolution}}{{#if sharedCalendar}}{{resolution.text}}{{else}}{{resolution.shortText}}{{/if}}{{else}}\u2014{{/if}}{{/if}}{{#if @root.severityColumns.calendar}} | {{#if sharedCalendar}}{{sharedCalendar}}{{else}}{{#if (or response update resolution)}}As shown{{else}}\u2014{{/if}}{{/if}}{{/if}} |\n{{/each}}\n\n{{#if resolutionNotes.length}}\nQualifications to the resolution times:\n\n{{#each resolutionNotes}}\n- **{{severity}}**: {{note}}\n{{/each}}\n\n{{/if}}\n{{else}}\nThe {{@root.document.clientNoun}}\u2019s **{{tier.name}}** tier sets no response, update or resolution time.\n\n{{/if}}\n{{else}}\nThe targets of each tier are set out in the section \u201CService tiers\u201D.\n\n{{/if}}\n{{#if severityAssignment}}\n\n### How severity is assigned\n\n{{#if severityAssignment.assignedByText}}\n{{severityAssignment.assignedByText}}\n{{/if}}\n{{#if severityAssignment.description}}\n{{severityAssignment.description}}\n{{/if}}\n\n{{#if severityAssignment.matrix}}\n| Impact |{{#each severityAssignment.matrix.urgencies}} {{this}} |{{/each}}\n| --- |{{#each severityAssignment.matrix.urgencies}} --- |{{/each}}\n{{#each severityAssignment.matrix.rows}}\n| {{impact}} |{{#each levels}} {{this}} |{{/each}}\n{{/each}}\n\n{{/if}}\n{{#if severityAssignment.reclassification}}\n**Reclassification.** {{severityAssignment.reclassification}}\n\n{{/if}}\n{{#if severityAssignment.disputes}}\n**Disputes.** {{severityAssignment.disputes}}\n{{/if}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data) {
      return " and targets";
    }, "1": function(container, depth0, helpers, partials, data) {
      return "### Severity levels\n\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 10, "column": 6 }, "end": { "line": 10, "column": 10 } }), typeof helper === "function" ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 12 } } }) : helper)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "appliesTo"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 14 }, "end": { "line": 10, "column": 54 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 10, "column": 61 }, "end": { "line": 10, "column": 63 } })).call(alias2, lookupProperty(depth0, "definition"), lookupProperty(depth0, "businessImpact"), lookupProperty(lookupProperty(depth0, "examples"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 60 }, "end": { "line": 10, "column": 106 } } }), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 54 }, "end": { "line": 10, "column": 116 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "definition"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 116 }, "end": { "line": 10, "column": 156 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "businessImpact"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 156 }, "end": { "line": 10, "column": 214 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "examples"), "length"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 214 }, "end": { "line": 10, "column": 279 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = (helper = lookupProperty(helpers, "appliesTo") || container.strict(depth0, "appliesTo", { "start": { "line": 10, "column": 35 }, "end": { "line": 10, "column": 44 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "appliesTo", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 33 }, "end": { "line": 10, "column": 46 } } }) : helper)) != null ? stack1 : "") + ")";
    }, "4": function(container, depth0, helpers, partials, data) {
      return ":";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (helper = lookupProperty(helpers, "definition") || container.strict(depth0, "definition", { "start": { "line": 10, "column": 137 }, "end": { "line": 10, "column": 147 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "definition", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 135 }, "end": { "line": 10, "column": 149 } } }) : helper)) != null ? stack1 : "");
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " _Impact:_ " + ((stack1 = (helper = lookupProperty(helpers, "businessImpact") || container.strict(depth0, "businessImpact", { "start": { "line": 10, "column": 191 }, "end": { "line": 10, "column": 205 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "businessImpact", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 189 }, "end": { "line": 10, "column": 207 } } }) : helper)) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " _Examples:_ " + ((stack1 = (lookupProperty(helpers, "sentences") || container.strict(depth0, "sentences", { "start": { "line": 10, "column": 252 }, "end": { "line": 10, "column": 261 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "examples"), { "name": "sentences", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 250 }, "end": { "line": 10, "column": 272 } } })) != null ? stack1 : "");
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 14, "column": 7 }, "end": { "line": 14, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "severityColumns"), "response"), lookupProperty(lookupProperty(depth0, "severityColumns"), "update"), lookupProperty(lookupProperty(depth0, "severityColumns"), "resolution"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 6 }, "end": { "line": 14, "column": 85 } } }), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(39, data, 0), "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 48, "column": 7 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### Targets\n\nThe times are those of the " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 17, "column": 29 }, "end": { "line": 17, "column": 54 } }), depth0)) != null ? stack1 : "") + "\u2019s **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "tier"), "name", { "start": { "line": 17, "column": 63 }, "end": { "line": 17, "column": 72 } }), depth0)) != null ? stack1 : "") + "** tier.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "firmness"), "response"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "firmness"), "update"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "firmness"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "dashes"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "") + "\n| Severity" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "response"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 10 }, "end": { "line": 31, "column": 60 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 60 }, "end": { "line": 31, "column": 107 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 107 }, "end": { "line": 31, "column": 161 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "calendar"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 161 }, "end": { "line": 31, "column": 208 } } })) != null ? stack1 : "") + " |\n| ---" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "response"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 5 }, "end": { "line": 32, "column": 50 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 50 }, "end": { "line": 32, "column": 93 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 93 }, "end": { "line": 32, "column": 140 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "severityColumns"), "calendar"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 140 }, "end": { "line": 32, "column": 185 } } })) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias3, lookupProperty(depth0, "severityLevels"), { "name": "each", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 35, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "resolutionNotes"), "length"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "");
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "firmness"), "response", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 19 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "firmness"), "update", { "start": { "line": 22, "column": 2 }, "end": { "line": 22, "column": 17 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "firmness"), "resolution", { "start": { "line": 25, "column": 2 }, "end": { "line": 25, "column": 21 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      return "A dash means that no time is set.\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      return " | Response";
    }, "15": function(container, depth0, helpers, partials, data) {
      return " | Updates";
    }, "16": function(container, depth0, helpers, partials, data) {
      return " | Resolution";
    }, "17": function(container, depth0, helpers, partials, data) {
      return " | Hours";
    }, "18": function(container, depth0, helpers, partials, data) {
      return " | ---";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| **" + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 34, "column": 6 }, "end": { "line": 34, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 4 }, "end": { "line": 34, "column": 12 } } }) : helper)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "response"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 14 }, "end": { "line": 34, "column": 170 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 170 }, "end": { "line": 34, "column": 318 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 318 }, "end": { "line": 34, "column": 482 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "calendar"), { "name": "if", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 482 }, "end": { "line": 34, "column": 648 } } })) != null ? stack1 : "") + " |\n";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "response"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 55 }, "end": { "line": 34, "column": 163 } } })) != null ? stack1 : "");
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.program(23, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 71 }, "end": { "line": 34, "column": 147 } } })) != null ? stack1 : "";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "response"), "text", { "start": { "line": 34, "column": 95 }, "end": { "line": 34, "column": 108 } }), depth0)) != null ? stack1 : "";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "response"), "shortText", { "start": { "line": 34, "column": 120 }, "end": { "line": 34, "column": 138 } }), depth0)) != null ? stack1 : "";
    }, "24": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "25": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "update"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 209 }, "end": { "line": 34, "column": 311 } } })) != null ? stack1 : "");
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.program(28, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 223 }, "end": { "line": 34, "column": 295 } } })) != null ? stack1 : "";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "update"), "text", { "start": { "line": 34, "column": 247 }, "end": { "line": 34, "column": 258 } }), depth0)) != null ? stack1 : "";
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "update"), "shortText", { "start": { "line": 34, "column": 270 }, "end": { "line": 34, "column": 286 } }), depth0)) != null ? stack1 : "";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "resolution"), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 361 }, "end": { "line": 34, "column": 475 } } })) != null ? stack1 : "");
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.program(32, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 379 }, "end": { "line": 34, "column": 459 } } })) != null ? stack1 : "";
    }, "31": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "resolution"), "text", { "start": { "line": 34, "column": 403 }, "end": { "line": 34, "column": 418 } }), depth0)) != null ? stack1 : "";
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "resolution"), "shortText", { "start": { "line": 34, "column": 430 }, "end": { "line": 34, "column": 450 } }), depth0)) != null ? stack1 : "";
    }, "33": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.program(35, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 523 }, "end": { "line": 34, "column": 641 } } })) != null ? stack1 : "");
    }, "34": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "sharedCalendar") || container.strict(depth0, "sharedCalendar", { "start": { "line": 34, "column": 547 }, "end": { "line": 34, "column": 561 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "sharedCalendar", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 545 }, "end": { "line": 34, "column": 563 } } }) : helper)) != null ? stack1 : "";
    }, "35": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 34, "column": 578 }, "end": { "line": 34, "column": 580 } })).call(alias1, lookupProperty(depth0, "response"), lookupProperty(depth0, "update"), lookupProperty(depth0, "resolution"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 577 }, "end": { "line": 34, "column": 608 } } }), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 571 }, "end": { "line": 34, "column": 634 } } })) != null ? stack1 : "";
    }, "36": function(container, depth0, helpers, partials, data) {
      return "As shown";
    }, "37": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Qualifications to the resolution times:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "resolutionNotes"), { "name": "each", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 42, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "38": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "severity") || alias1(depth0, "severity", { "start": { "line": 41, "column": 6 }, "end": { "line": 41, "column": 14 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "severity", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 4 }, "end": { "line": 41, "column": 16 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "note") || alias1(depth0, "note", { "start": { "line": 41, "column": 22 }, "end": { "line": 41, "column": 26 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "note", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 20 }, "end": { "line": 41, "column": 28 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "39": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 46, "column": 6 }, "end": { "line": 46, "column": 31 } }), depth0)) != null ? stack1 : "") + "\u2019s **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "tier"), "name", { "start": { "line": 46, "column": 40 }, "end": { "line": 46, "column": 49 } }), depth0)) != null ? stack1 : "") + "** tier sets no response, update or resolution time.\n\n";
    }, "40": function(container, depth0, helpers, partials, data) {
      return "The targets of each tier are set out in the section \u201CService tiers\u201D.\n\n";
    }, "41": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "\n### How severity is assigned\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "assignedByText"), { "name": "if", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "description"), { "name": "if", "hash": {}, "fn": container.program(43, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), { "name": "if", "hash": {}, "fn": container.program(44, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 71, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "reclassification"), { "name": "if", "hash": {}, "fn": container.program(48, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "disputes"), { "name": "if", "hash": {}, "fn": container.program(49, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "");
    }, "42": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "severityAssignment"), "assignedByText", { "start": { "line": 58, "column": 2 }, "end": { "line": 58, "column": 35 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "43": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "severityAssignment"), "description", { "start": { "line": 61, "column": 2 }, "end": { "line": 61, "column": 32 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "44": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Impact |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), "urgencies"), { "name": "each", "hash": {}, "fn": container.program(45, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 10 }, "end": { "line": 65, "column": 75 } } })) != null ? stack1 : "") + "\n| --- |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), "urgencies"), { "name": "each", "hash": {}, "fn": container.program(46, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 7 }, "end": { "line": 66, "column": 67 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), "rows"), { "name": "each", "hash": {}, "fn": container.program(47, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "45": function(container, depth0, helpers, partials, data) {
      var stack1;
      return " " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + " |";
    }, "46": function(container, depth0, helpers, partials, data) {
      return " --- |";
    }, "47": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "impact") || container.strict(depth0, "impact", { "start": { "line": 68, "column": 4 }, "end": { "line": 68, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "impact", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 68, "column": 12 } } }) : helper)) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "levels"), { "name": "each", "hash": {}, "fn": container.program(45, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 14 }, "end": { "line": 68, "column": 50 } } })) != null ? stack1 : "") + "\n";
    }, "48": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Reclassification.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "severityAssignment"), "reclassification", { "start": { "line": 73, "column": 24 }, "end": { "line": 73, "column": 59 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "49": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Disputes.** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "severityAssignment"), "disputes", { "start": { "line": 77, "column": 16 }, "end": { "line": 77, "column": 43 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: severity-levels -->\n## Severity levels" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 3, "column": 18 }, "end": { "line": 3, "column": 49 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "severityLevels"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(40, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "severityAssignment"), { "name": "if", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 79, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "signatures": {
    source: '{{!--\n  Signature block. For the PDF typesetter (src/pdf/): this is the last section, a heading ending in\n  "Signatures" followed by ONE table with exactly the columns Party | Name | Title | Signature | Date | Place.\n  Signature and Date are left empty to be signed by hand, and Place too unless the agreement names it; Name and Title are empty when the agreement\n  does not name the signatory. Typeset each row as a signature line, not as a table row.\n  A published policy has no signature block unless it lists signatures.\n--}}\n{{#if signatures.length}}\n## Signatures\n\nSigned for and on behalf of the parties:\n\n| Party | Name | Title | Signature | Date | Place |\n| --- | --- | --- | --- | --- | --- |\n{{#each signatures}}\n| {{partyName}} ({{party}}) | {{name}} | {{title}} | | | {{place}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Signatures\n\nSigned for and on behalf of the parties:\n\n| Party | Name | Title | Signature | Date | Place |\n| --- | --- | --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "signatures"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 17, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "partyName") || alias1(depth0, "partyName", { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "partyName", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 2 }, "end": { "line": 16, "column": 15 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = (helper = lookupProperty(helpers, "party") || alias1(depth0, "party", { "start": { "line": 16, "column": 19 }, "end": { "line": 16, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "party", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 17 }, "end": { "line": 16, "column": 26 } } }) : helper)) != null ? stack1 : "") + ") | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 16, "column": 32 }, "end": { "line": 16, "column": 36 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 30 }, "end": { "line": 16, "column": 38 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 16, "column": 43 }, "end": { "line": 16, "column": 48 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 41 }, "end": { "line": 16, "column": 50 } } }) : helper)) != null ? stack1 : "") + " | | | " + ((stack1 = (helper = lookupProperty(helpers, "place") || alias1(depth0, "place", { "start": { "line": 16, "column": 59 }, "end": { "line": 16, "column": 64 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "place", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 57 }, "end": { "line": 16, "column": 66 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "signatures"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  },
  "summary-page": {
    source: "{{!-- What `sla render --summary-only` writes: the title and the summary alone, for a proposal or a sales conversation. --}}\n# {{document.title}}\n\n{{> summary}}\n",
    spec: { "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "# " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "title", { "start": { "line": 2, "column": 4 }, "end": { "line": 2, "column": 18 } }), depth0)) != null ? stack1 : "") + "\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "summary"), depth0, { "name": "summary", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "");
    }, "usePartial": true, "useData": true }
  },
  "summary": {
    source: '{{!--\n  "Your support at a glance": five questions a client asks, answered from the agreement\'s data (src/render/summary.ts),\n  each with a link to the section that governs it. Unnumbered ({-}), so the sections keep their numbers. Left out with\n  `presentation.summary: false`, in a policy, or by a custom cover.hbs that does not include it.\n--}}\n{{#if summary}}\n<!-- compact -->\n## Your support at a glance {-}\n\n{{#if summary.note}}\n_{{summary.note}}_\n\n{{/if}}\n{{#if summary.routes.length}}\n**When something breaks.** Raise it through these channels{{#if channels.length}} ([\xA7](#section:channels)){{/if}}:\n{{else}}\n**When something breaks.** No channels are defined in this {{document.noun}}.\n{{/if}}\n\n{{#each summary.routes}}\n- {{severities}}: {{#each channels}}{{#unless @first}}{{#if @last}} or {{else}}, {{/if}}{{/unless}}{{typeLabel}}{{#if address}} {{address}}{{/if}}{{#if hours}} ({{hours}}){{/if}}{{/each}}\n{{/each}}\n{{#with summary.firstEscalation}}\n- Escalation, first step: {{name}}{{#if title}}, {{title}}{{/if}}{{#if reach}} ({{reach}}){{/if}}, when: {{when}}\n{{/with}}\n\n{{#if summary.targets.length}}\n**How fast.** The severity levels, and the targets of the {{summary.tierName}} tier ([\xA7](#section:severity-levels)):\n\n{{#each summary.targets}}\n{{#if definition}}\n- **{{name}}**: {{definition}}\n{{/if}}\n{{/each}}\n\n| Severity | Response{{#if summary.targetFirmness.response}} ({{summary.targetFirmness.response}}){{/if}} |{{#if summary.targetColumns.update}} Updates{{#if summary.targetFirmness.update}} ({{summary.targetFirmness.update}}){{/if}} |{{/if}}{{#if summary.targetColumns.resolution}} Resolution{{#if summary.targetFirmness.resolution}} ({{summary.targetFirmness.resolution}}){{/if}} |{{/if}}{{#if summary.targetColumns.hours}} Hours |{{/if}}\n| --- | --- |{{#if summary.targetColumns.update}} --- |{{/if}}{{#if summary.targetColumns.resolution}} --- |{{/if}}{{#if summary.targetColumns.hours}} --- |{{/if}}\n{{#each summary.targets}}\n| {{name}} | {{default response "\u2014"}} |{{#if ../summary.targetColumns.update}} {{default update "\u2014"}} |{{/if}}{{#if ../summary.targetColumns.resolution}} {{default resolution "\u2014"}} |{{/if}}{{#if ../summary.targetColumns.hours}} {{default hours "\u2014"}} |{{/if}}\n{{/each}}\n\n{{#if summary.worstCase}}\n{{summary.worstCase}}\n\n{{/if}}\n{{else}}\n{{#if tierComparison}}\n**How fast.** The targets of each tier are set out in the tier comparison ([\xA7](#section:tiers)).\n\n{{else}}\n**How fast.** No response targets are defined for the {{document.clientNoun}}\u2019s tier in this {{document.noun}}.\n\n{{/if}}\n{{/if}}\n**Included.**{{#if (or summary.included.length summary.includedRequests.length summary.cappedRequests.length)}}{{#if summary.included.length}} {{list summary.included}}{{#if scope}} ([\xA7](#section:scope)){{/if}}.{{/if}}{{#if (or summary.includedRequests.length summary.cappedRequests.length)}} Requests ([\xA7](#section:request-types)):{{#if summary.includedRequests.length}} {{list summary.includedRequests}}{{#if summary.cappedRequests.length}};{{/if}}{{/if}}{{#each summary.cappedRequests}}{{#unless @first}};{{/unless}} {{name}}: {{coverageText}}{{/each}}.{{/if}}{{else}} What support includes is not defined in this {{document.noun}}.{{/if}}\n\n**Separate work.**{{#if (or summary.excluded.length summary.changeOrderRequests.length summary.changeOrder)}}{{#if summary.excluded.length}} Not included: {{list summary.excluded}}{{#if scope}} ([\xA7](#section:scope)){{/if}}.{{/if}}{{#if summary.changeOrderRequests.length}} Change orders: {{list summary.changeOrderRequests}}.{{/if}}{{#with summary.changeOrder}} How such work is agreed ([\xA7](#section:change-orders)):{{#if threshold}} {{threshold}}{{/if}}{{#if estimateWithin}} Estimate within {{estimateWithin}}.{{/if}}{{#if rate}} Charged at {{rate}}.{{/if}}{{/with}}{{else}} What counts as separate work is not defined in this {{document.noun}}.{{/if}}\n\n{{#if summary.duties.length}}\n**Your side.** The {{document.clientNoun}} ([\xA7](#section:client-responsibilities)):\n\n{{#each summary.duties}}\n- [ ] **{{label}}**: {{description}}\n{{/each}}\n{{else}}\n**Your side.** The {{document.clientNoun}}\u2019s responsibilities are not defined in this {{document.noun}}.\n{{/if}}\n\n<!-- /compact -->\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- compact -->\n## Your support at a glance {-}\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "note"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "routes"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.program(4, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "routes"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "with").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "firstEscalation"), { "name": "with", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 25, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targets"), "length"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.program(30, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 54, "column": 7 } } })) != null ? stack1 : "") + "**Included.**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || alias2(depth0, "or", { "start": { "line": 55, "column": 20 }, "end": { "line": 55, "column": 22 } })).call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "included"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 19 }, "end": { "line": 55, "column": 109 } } }), { "name": "if", "hash": {}, "fn": container.program(33, data, 0, blockParams, depths), "inverse": container.program(40, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 55, "column": 13 }, "end": { "line": 55, "column": 642 } } })) != null ? stack1 : "") + "\n\n**Separate work.**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || alias2(depth0, "or", { "start": { "line": 57, "column": 25 }, "end": { "line": 57, "column": 27 } })).call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "excluded"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "changeOrderRequests"), "length"), lookupProperty(lookupProperty(depth0, "summary"), "changeOrder"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 24 }, "end": { "line": 57, "column": 107 } } }), { "name": "if", "hash": {}, "fn": container.program(41, data, 0, blockParams, depths), "inverse": container.program(48, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 57, "column": 18 }, "end": { "line": 57, "column": 654 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "duties"), "length"), { "name": "if", "hash": {}, "fn": container.program(49, data, 0, blockParams, depths), "inverse": container.program(51, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 59, "column": 0 }, "end": { "line": 67, "column": 7 } } })) != null ? stack1 : "") + "\n<!-- /compact -->\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "_" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "summary"), "note", { "start": { "line": 11, "column": 3 }, "end": { "line": 11, "column": 15 } }), depth0)) != null ? stack1 : "") + "_\n\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**When something breaks.** Raise it through these channels" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "channels"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 58 }, "end": { "line": 15, "column": 113 } } })) != null ? stack1 : "") + ":\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      return " ([\xA7](#section:channels))";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**When something breaks.** No channels are defined in this " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "noun", { "start": { "line": 17, "column": 61 }, "end": { "line": 17, "column": 74 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (helper = lookupProperty(helpers, "severities") || container.strict(depth0, "severities", { "start": { "line": 21, "column": 4 }, "end": { "line": 21, "column": 14 } }), typeof helper === "function" ? helper.call(alias1, { "name": "severities", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 2 }, "end": { "line": 21, "column": 16 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "channels"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 18 }, "end": { "line": 21, "column": 187 } } })) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "first"), { "name": "unless", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 36 }, "end": { "line": 21, "column": 99 } } })) != null ? stack1 : "") + ((stack1 = (helper = lookupProperty(helpers, "typeLabel") || container.strict(depth0, "typeLabel", { "start": { "line": 21, "column": 101 }, "end": { "line": 21, "column": 110 } }), typeof helper === "function" ? helper.call(alias1, { "name": "typeLabel", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 99 }, "end": { "line": 21, "column": 112 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "address"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 112 }, "end": { "line": 21, "column": 146 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hours"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 146 }, "end": { "line": 21, "column": 178 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "last"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(9, data, 0), "data": data, "loc": { "start": { "line": 21, "column": 54 }, "end": { "line": 21, "column": 88 } } })) != null ? stack1 : "";
    }, "8": function(container, depth0, helpers, partials, data) {
      return " or ";
    }, "9": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (helper = lookupProperty(helpers, "address") || container.strict(depth0, "address", { "start": { "line": 21, "column": 130 }, "end": { "line": 21, "column": 137 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "address", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 128 }, "end": { "line": 21, "column": 139 } } }) : helper)) != null ? stack1 : "");
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = (helper = lookupProperty(helpers, "hours") || container.strict(depth0, "hours", { "start": { "line": 21, "column": 163 }, "end": { "line": 21, "column": 168 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "hours", "hash": {}, "data": data, "loc": { "start": { "line": 21, "column": 161 }, "end": { "line": 21, "column": 170 } } }) : helper)) != null ? stack1 : "") + ")";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- Escalation, first step: " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 24, "column": 28 }, "end": { "line": 24, "column": 32 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 26 }, "end": { "line": 24, "column": 34 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "title"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 34 }, "end": { "line": 24, "column": 65 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "reach"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 65 }, "end": { "line": 24, "column": 97 } } })) != null ? stack1 : "") + ", when: " + ((stack1 = (helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 24, "column": 107 }, "end": { "line": 24, "column": 111 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 105 }, "end": { "line": 24, "column": 113 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = (helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 24, "column": 51 }, "end": { "line": 24, "column": 56 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 49 }, "end": { "line": 24, "column": 58 } } }) : helper)) != null ? stack1 : "");
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = (helper = lookupProperty(helpers, "reach") || container.strict(depth0, "reach", { "start": { "line": 24, "column": 82 }, "end": { "line": 24, "column": 87 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "reach", "hash": {}, "data": data, "loc": { "start": { "line": 24, "column": 80 }, "end": { "line": 24, "column": 89 } } }) : helper)) != null ? stack1 : "") + ")";
    }, "15": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**How fast.** The severity levels, and the targets of the " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "summary"), "tierName", { "start": { "line": 28, "column": 60 }, "end": { "line": 28, "column": 76 } }), depth0)) != null ? stack1 : "") + " tier ([\xA7](#section:severity-levels)):\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "targets"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + "\n| Severity | Response" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "response"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 21 }, "end": { "line": 36, "column": 105 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 107 }, "end": { "line": 36, "column": 240 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 240 }, "end": { "line": 36, "column": 388 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "hours"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 388 }, "end": { "line": 36, "column": 438 } } })) != null ? stack1 : "") + "\n| --- | --- |" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 13 }, "end": { "line": 37, "column": 62 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 62 }, "end": { "line": 37, "column": 115 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "hours"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 115 }, "end": { "line": 37, "column": 163 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "targets"), { "name": "each", "hash": {}, "fn": container.program(25, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 40, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "worstCase"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 45, "column": 7 } } })) != null ? stack1 : "");
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "definition"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 32, "column": 6 }, "end": { "line": 32, "column": 10 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 4 }, "end": { "line": 32, "column": 12 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "definition") || alias1(depth0, "definition", { "start": { "line": 32, "column": 18 }, "end": { "line": 32, "column": 28 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "definition", "hash": {}, "data": data, "loc": { "start": { "line": 32, "column": 16 }, "end": { "line": 32, "column": 30 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "response", { "start": { "line": 36, "column": 64 }, "end": { "line": 36, "column": 95 } }), depth0)) != null ? stack1 : "") + ")";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Updates" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "update"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 151 }, "end": { "line": 36, "column": 231 } } })) != null ? stack1 : "") + " |";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "update", { "start": { "line": 36, "column": 192 }, "end": { "line": 36, "column": 221 } }), depth0)) != null ? stack1 : "") + ")";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Resolution" + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 291 }, "end": { "line": 36, "column": 379 } } })) != null ? stack1 : "") + " |";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "resolution", { "start": { "line": 36, "column": 336 }, "end": { "line": 36, "column": 369 } }), depth0)) != null ? stack1 : "") + ")";
    }, "23": function(container, depth0, helpers, partials, data) {
      return " Hours |";
    }, "24": function(container, depth0, helpers, partials, data) {
      return " --- |";
    }, "25": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 39, "column": 4 }, "end": { "line": 39, "column": 8 } }), typeof helper === "function" ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 2 }, "end": { "line": 39, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 39, "column": 15 }, "end": { "line": 39, "column": 22 } })).call(alias2, lookupProperty(depth0, "response"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 13 }, "end": { "line": 39, "column": 37 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depths[1], "summary"), "targetColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 39 }, "end": { "line": 39, "column": 110 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depths[1], "summary"), "targetColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 110 }, "end": { "line": 39, "column": 189 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depths[1], "summary"), "targetColumns"), "hours"), { "name": "if", "hash": {}, "fn": container.program(28, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 189 }, "end": { "line": 39, "column": 258 } } })) != null ? stack1 : "") + "\n";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 39, "column": 81 }, "end": { "line": 39, "column": 88 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "update"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 79 }, "end": { "line": 39, "column": 101 } } })) != null ? stack1 : "") + " |";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 39, "column": 156 }, "end": { "line": 39, "column": 163 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "resolution"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 154 }, "end": { "line": 39, "column": 180 } } })) != null ? stack1 : "") + " |";
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 39, "column": 230 }, "end": { "line": 39, "column": 237 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 228 }, "end": { "line": 39, "column": 249 } } })) != null ? stack1 : "") + " |";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "summary"), "worstCase", { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 19 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tierComparison"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.program(32, data, 0), "data": data, "loc": { "start": { "line": 47, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "";
    }, "31": function(container, depth0, helpers, partials, data) {
      return "**How fast.** The targets of each tier are set out in the tier comparison ([\xA7](#section:tiers)).\n\n";
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**How fast.** No response targets are defined for the " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "clientNoun", { "start": { "line": 51, "column": 56 }, "end": { "line": 51, "column": 75 } }), depth0)) != null ? stack1 : "") + "\u2019s tier in this " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 51, "column": 95 }, "end": { "line": 51, "column": 108 } }), depth0)) != null ? stack1 : "") + ".\n\n";
    }, "33": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "included"), "length"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 111 }, "end": { "line": 55, "column": 218 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 55, "column": 225 }, "end": { "line": 55, "column": 227 } })).call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 224 }, "end": { "line": 55, "column": 290 } } }), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 218 }, "end": { "line": 55, "column": 563 } } })) != null ? stack1 : "");
    }, "34": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 55, "column": 145 }, "end": { "line": 55, "column": 149 } })).call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "included"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 143 }, "end": { "line": 55, "column": 168 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "scope"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 168 }, "end": { "line": 55, "column": 210 } } })) != null ? stack1 : "") + ".";
    }, "35": function(container, depth0, helpers, partials, data) {
      return " ([\xA7](#section:scope))";
    }, "36": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Requests ([\xA7](#section:request-types)):" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), "length"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 332 }, "end": { "line": 55, "column": 457 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 457 }, "end": { "line": 55, "column": 555 } } })) != null ? stack1 : "") + ".";
    }, "37": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 55, "column": 374 }, "end": { "line": 55, "column": 378 } })).call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 372 }, "end": { "line": 55, "column": 405 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), "length"), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 405 }, "end": { "line": 55, "column": 450 } } })) != null ? stack1 : "");
    }, "38": function(container, depth0, helpers, partials, data) {
      return ";";
    }, "39": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(data, "first"), { "name": "unless", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 489 }, "end": { "line": 55, "column": 519 } } })) != null ? stack1 : "") + " " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias2(depth0, "name", { "start": { "line": 55, "column": 522 }, "end": { "line": 55, "column": 526 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 520 }, "end": { "line": 55, "column": 528 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = lookupProperty(helpers, "coverageText") || alias2(depth0, "coverageText", { "start": { "line": 55, "column": 532 }, "end": { "line": 55, "column": 544 } }), typeof helper === alias3 ? helper.call(alias1, { "name": "coverageText", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 530 }, "end": { "line": 55, "column": 546 } } }) : helper)) != null ? stack1 : "");
    }, "40": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " What support includes is not defined in this " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "noun", { "start": { "line": 55, "column": 619 }, "end": { "line": 55, "column": 632 } }), depth0)) != null ? stack1 : "") + ".";
    }, "41": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "excluded"), "length"), { "name": "if", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 109 }, "end": { "line": 57, "column": 230 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "changeOrderRequests"), "length"), { "name": "if", "hash": {}, "fn": container.program(43, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 230 }, "end": { "line": 57, "column": 332 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "with").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "changeOrder"), { "name": "with", "hash": {}, "fn": container.program(44, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 332 }, "end": { "line": 57, "column": 568 } } })) != null ? stack1 : "");
    }, "42": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Not included: " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 57, "column": 157 }, "end": { "line": 57, "column": 161 } })).call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "excluded"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 155 }, "end": { "line": 57, "column": 180 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "scope"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 180 }, "end": { "line": 57, "column": 222 } } })) != null ? stack1 : "") + ".";
    }, "43": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Change orders: " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 57, "column": 290 }, "end": { "line": 57, "column": 294 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "summary"), "changeOrderRequests"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 288 }, "end": { "line": 57, "column": 324 } } })) != null ? stack1 : "") + ".";
    }, "44": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " How such work is agreed ([\xA7](#section:change-orders)):" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "threshold"), { "name": "if", "hash": {}, "fn": container.program(45, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 416 }, "end": { "line": 57, "column": 454 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "estimateWithin"), { "name": "if", "hash": {}, "fn": container.program(46, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 454 }, "end": { "line": 57, "column": 519 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "rate"), { "name": "if", "hash": {}, "fn": container.program(47, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 519 }, "end": { "line": 57, "column": 559 } } })) != null ? stack1 : "");
    }, "45": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (helper = lookupProperty(helpers, "threshold") || container.strict(depth0, "threshold", { "start": { "line": 57, "column": 436 }, "end": { "line": 57, "column": 445 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "threshold", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 434 }, "end": { "line": 57, "column": 447 } } }) : helper)) != null ? stack1 : "");
    }, "46": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Estimate within " + ((stack1 = (helper = lookupProperty(helpers, "estimateWithin") || container.strict(depth0, "estimateWithin", { "start": { "line": 57, "column": 495 }, "end": { "line": 57, "column": 509 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "estimateWithin", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 493 }, "end": { "line": 57, "column": 511 } } }) : helper)) != null ? stack1 : "") + ".";
    }, "47": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " Charged at " + ((stack1 = (helper = lookupProperty(helpers, "rate") || container.strict(depth0, "rate", { "start": { "line": 57, "column": 545 }, "end": { "line": 57, "column": 549 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "rate", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 543 }, "end": { "line": 57, "column": 551 } } }) : helper)) != null ? stack1 : "") + ".";
    }, "48": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " What counts as separate work is not defined in this " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "noun", { "start": { "line": 57, "column": 631 }, "end": { "line": 57, "column": 644 } }), depth0)) != null ? stack1 : "") + ".";
    }, "49": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Your side.** The " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "document"), "clientNoun", { "start": { "line": 60, "column": 21 }, "end": { "line": 60, "column": 40 } }), depth0)) != null ? stack1 : "") + " ([\xA7](#section:client-responsibilities)):\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "summary"), "duties"), { "name": "each", "hash": {}, "fn": container.program(50, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 64, "column": 9 } } })) != null ? stack1 : "");
    }, "50": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- [ ] **" + ((stack1 = (helper = lookupProperty(helpers, "label") || alias1(depth0, "label", { "start": { "line": 63, "column": 10 }, "end": { "line": 63, "column": 15 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 63, "column": 8 }, "end": { "line": 63, "column": 17 } } }) : helper)) != null ? stack1 : "") + "**: " + ((stack1 = (helper = lookupProperty(helpers, "description") || alias1(depth0, "description", { "start": { "line": 63, "column": 23 }, "end": { "line": 63, "column": 34 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 63, "column": 21 }, "end": { "line": 63, "column": 36 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "51": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**Your side.** The " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "clientNoun", { "start": { "line": 66, "column": 21 }, "end": { "line": 66, "column": 40 } }), depth0)) != null ? stack1 : "") + "\u2019s responsibilities are not defined in this " + ((stack1 = alias2(alias1(lookupProperty(depth0, "document"), "noun", { "start": { "line": 66, "column": 88 }, "end": { "line": 66, "column": 101 } }), depth0)) != null ? stack1 : "") + ".\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "summary"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 70, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true, "useDepths": true }
  },
  "support-hours": {
    source: "{{!-- One subsection per calendar: weekly hours, time zones and holidays. --}}\n{{#if calendars.length}}\n## Support hours and holidays\n\n{{#each calendars}}\n### {{name}}\n\n{{#if alwaysOpen}}\nAround the clock, every day of the year, including public holidays. Time zone: {{timezoneText}}{{#if timezoneIana}}, IANA time zone {{timezoneIana}}{{/if}}.\n{{else}}\n{{#if hoursUnstated}}\nTime zone: {{timezoneText}}{{#if timezoneIana}}, IANA time zone {{timezoneIana}}{{/if}}. Working hours: not stated{{#if description}}; the document says \u201C{{description}}\u201D{{/if}}.\n{{else}}\n{{#if zoneWeekly.length}}\nTime zones: {{timezoneText}}{{#if timezoneIana}}; IANA time zones {{timezoneIana}}{{/if}}. The calendar is open when it is open in any of them.\n{{#if description}}\n{{description}}\n{{/if}}\nWorking hours:\n\n{{#each zoneWeekly}}\n{{#each weekly}}\n- {{days}}: {{windows}} {{../timezoneText}}\n{{/each}}\n{{/each}}\n{{else}}\n{{#if (gt timezones.length 1)}}\nTime zones: {{timezoneText}}{{#if timezoneIana}}; IANA time zones {{timezoneIana}}{{/if}}. The hours below apply in each of these time zones; the calendar is open when it is open in any of them.\n{{else}}\nTime zone: {{timezoneText}}{{#if timezoneIana}}, IANA time zone {{timezoneIana}}{{/if}}.\n{{/if}}\n{{#if description}}\n{{description}}\n{{/if}}\nWorking hours:\n\n{{#each weekly}}\n- {{days}}: {{windows}}\n{{/each}}\n{{/if}}\n\nThe calendar is closed at all other times.\n{{/if}}\n{{/if}}\n{{#if usedByTier}}\nThese are the normal support hours of the {{@root.document.clientNoun}}\u2019s tier.\n{{/if}}\n\n{{#if hasHolidays}}\n{{#if holidaySets.length}}\nHolidays: {{list holidaySets}}, every year.\n{{/if}}\n{{#if holidaysOf}}\nHolidays: {{holidaysOf}}{{#if holidaysDescription}} ({{holidaysDescription}}){{/if}}.\n{{else}}\n{{#if holidaysDescription}}\nHolidays: {{holidaysDescription}}.\n{{/if}}\n{{/if}}\n{{#if holidayFiles.length}}\nHolidays listed in the file{{#if (gt holidayFiles.length 1)}}s{{/if}} {{list holidayFiles}}.\n{{/if}}\n\n{{#if recurringHolidays.length}}\n| Holiday | When | Hours |\n| --- | --- | --- |\n{{#each recurringHolidays}}\n| {{name}} | {{when}} | {{hoursText}} |\n{{/each}}\n\n{{/if}}\n{{#if holidays.length}}\n| Date | Holiday | Hours |\n| --- | --- | --- |\n{{#each holidays}}\n| {{dateText}} | {{name}} | {{hoursText}} |\n{{/each}}\n\n{{/if}}\n{{/if}}\n{{/each}}\n{{/if}}\n",
    spec: { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Support hours and holidays\n\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "calendars"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 81, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 12 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "alwaysOpen"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.program(4, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "usedByTier"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hasHolidays"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 80, "column": 7 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Around the clock, every day of the year, including public holidays. Time zone: " + ((stack1 = (helper = lookupProperty(helpers, "timezoneText") || container.strict(depth0, "timezoneText", { "start": { "line": 9, "column": 81 }, "end": { "line": 9, "column": 93 } }), typeof helper === "function" ? helper.call(alias1, { "name": "timezoneText", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 79 }, "end": { "line": 9, "column": 95 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timezoneIana"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 95 }, "end": { "line": 9, "column": 155 } } })) != null ? stack1 : "") + ".\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", IANA time zone " + ((stack1 = (helper = lookupProperty(helpers, "timezoneIana") || container.strict(depth0, "timezoneIana", { "start": { "line": 9, "column": 134 }, "end": { "line": 9, "column": 146 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "timezoneIana", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 132 }, "end": { "line": 9, "column": 148 } } }) : helper)) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hoursUnstated"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0, blockParams, depths), "inverse": container.program(7, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 43, "column": 7 } } })) != null ? stack1 : "";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Time zone: " + ((stack1 = (helper = lookupProperty(helpers, "timezoneText") || container.strict(depth0, "timezoneText", { "start": { "line": 12, "column": 13 }, "end": { "line": 12, "column": 25 } }), typeof helper === "function" ? helper.call(alias1, { "name": "timezoneText", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 11 }, "end": { "line": 12, "column": 27 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timezoneIana"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 27 }, "end": { "line": 12, "column": 87 } } })) != null ? stack1 : "") + ". Working hours: not stated" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 114 }, "end": { "line": 12, "column": 177 } } })) != null ? stack1 : "") + ".\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "; the document says \u201C" + ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 12, "column": 156 }, "end": { "line": 12, "column": 167 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 154 }, "end": { "line": 12, "column": 169 } } }) : helper)) != null ? stack1 : "") + "\u201D";
    }, "7": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "zoneWeekly"), "length"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.program(13, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 40, "column": 7 } } })) != null ? stack1 : "") + "\nThe calendar is closed at all other times.\n";
    }, "8": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Time zones: " + ((stack1 = (helper = lookupProperty(helpers, "timezoneText") || container.strict(depth0, "timezoneText", { "start": { "line": 15, "column": 14 }, "end": { "line": 15, "column": 26 } }), typeof helper === "function" ? helper.call(alias1, { "name": "timezoneText", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 12 }, "end": { "line": 15, "column": 28 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timezoneIana"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 28 }, "end": { "line": 15, "column": 89 } } })) != null ? stack1 : "") + ". The calendar is open when it is open in any of them.\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + "Working hours:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "zoneWeekly"), { "name": "each", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 25, "column": 9 } } })) != null ? stack1 : "");
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "; IANA time zones " + ((stack1 = (helper = lookupProperty(helpers, "timezoneIana") || container.strict(depth0, "timezoneIana", { "start": { "line": 15, "column": 68 }, "end": { "line": 15, "column": 80 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "timezoneIana", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 66 }, "end": { "line": 15, "column": 82 } } }) : helper)) != null ? stack1 : "");
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 17, "column": 15 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "11": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "weekly"), { "name": "each", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "";
    }, "12": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (helper = lookupProperty(helpers, "days") || alias1(depth0, "days", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "days", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 10 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = lookupProperty(helpers, "windows") || alias1(depth0, "windows", { "start": { "line": 23, "column": 14 }, "end": { "line": 23, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "windows", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 12 }, "end": { "line": 23, "column": 23 } } }) : helper)) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(depths[1], "timezoneText", { "start": { "line": 23, "column": 26 }, "end": { "line": 23, "column": 41 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "gt") || container.strict(depth0, "gt", { "start": { "line": 27, "column": 7 }, "end": { "line": 27, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "timezones"), "length"), 1, { "name": "gt", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 6 }, "end": { "line": 27, "column": 29 } } }), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.program(15, data, 0), "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 34, "column": 7 } } })) != null ? stack1 : "") + "Working hours:\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "weekly"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 39, "column": 9 } } })) != null ? stack1 : "");
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Time zones: " + ((stack1 = (helper = lookupProperty(helpers, "timezoneText") || container.strict(depth0, "timezoneText", { "start": { "line": 28, "column": 14 }, "end": { "line": 28, "column": 26 } }), typeof helper === "function" ? helper.call(alias1, { "name": "timezoneText", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 12 }, "end": { "line": 28, "column": 28 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timezoneIana"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 28 }, "end": { "line": 28, "column": 89 } } })) != null ? stack1 : "") + ". The hours below apply in each of these time zones; the calendar is open when it is open in any of them.\n";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Time zone: " + ((stack1 = (helper = lookupProperty(helpers, "timezoneText") || container.strict(depth0, "timezoneText", { "start": { "line": 30, "column": 13 }, "end": { "line": 30, "column": 25 } }), typeof helper === "function" ? helper.call(alias1, { "name": "timezoneText", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 11 }, "end": { "line": 30, "column": 27 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "timezoneIana"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 27 }, "end": { "line": 30, "column": 87 } } })) != null ? stack1 : "") + ".\n";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (helper = lookupProperty(helpers, "days") || alias1(depth0, "days", { "start": { "line": 38, "column": 4 }, "end": { "line": 38, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "days", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 2 }, "end": { "line": 38, "column": 10 } } }) : helper)) != null ? stack1 : "") + ": " + ((stack1 = (helper = lookupProperty(helpers, "windows") || alias1(depth0, "windows", { "start": { "line": 38, "column": 14 }, "end": { "line": 38, "column": 21 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "windows", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 12 }, "end": { "line": 38, "column": 23 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "These are the normal support hours of the " + ((stack1 = container.lambda(container.strict(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 46, "column": 44 }, "end": { "line": 46, "column": 69 } }), depth0)) != null ? stack1 : "") + "\u2019s tier.\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holidaySets"), "length"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "holidaysOf"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.program(22, data, 0), "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holidayFiles"), "length"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "recurringHolidays"), "length"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 71, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holidays"), "length"), { "name": "if", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 79, "column": 7 } } })) != null ? stack1 : "");
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Holidays: " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 51, "column": 12 }, "end": { "line": 51, "column": 16 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "holidaySets"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 10 }, "end": { "line": 51, "column": 30 } } })) != null ? stack1 : "") + ", every year.\n";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Holidays: " + ((stack1 = (helper = lookupProperty(helpers, "holidaysOf") || container.strict(depth0, "holidaysOf", { "start": { "line": 54, "column": 12 }, "end": { "line": 54, "column": 22 } }), typeof helper === "function" ? helper.call(alias1, { "name": "holidaysOf", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 10 }, "end": { "line": 54, "column": 24 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "holidaysDescription"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 24 }, "end": { "line": 54, "column": 84 } } })) != null ? stack1 : "") + ".\n";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " (" + ((stack1 = (helper = lookupProperty(helpers, "holidaysDescription") || container.strict(depth0, "holidaysDescription", { "start": { "line": 54, "column": 55 }, "end": { "line": 54, "column": 74 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "holidaysDescription", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 53 }, "end": { "line": 54, "column": 76 } } }) : helper)) != null ? stack1 : "") + ")";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "holidaysDescription"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Holidays: " + ((stack1 = (helper = lookupProperty(helpers, "holidaysDescription") || container.strict(depth0, "holidaysDescription", { "start": { "line": 57, "column": 12 }, "end": { "line": 57, "column": 31 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "holidaysDescription", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 10 }, "end": { "line": 57, "column": 33 } } }) : helper)) != null ? stack1 : "") + ".\n";
    }, "24": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Holidays listed in the file" + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "gt") || alias1(depth0, "gt", { "start": { "line": 61, "column": 34 }, "end": { "line": 61, "column": 36 } })).call(alias2, lookupProperty(lookupProperty(depth0, "holidayFiles"), "length"), 1, { "name": "gt", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 33 }, "end": { "line": 61, "column": 59 } } }), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 27 }, "end": { "line": 61, "column": 69 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "list") || alias1(depth0, "list", { "start": { "line": 61, "column": 72 }, "end": { "line": 61, "column": 76 } })).call(alias2, lookupProperty(depth0, "holidayFiles"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 70 }, "end": { "line": 61, "column": 91 } } })) != null ? stack1 : "") + ".\n";
    }, "25": function(container, depth0, helpers, partials, data) {
      return "s";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Holiday | When | Hours |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "recurringHolidays"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 68, "column": 4 }, "end": { "line": 68, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 68, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 68, "column": 15 }, "end": { "line": 68, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 13 }, "end": { "line": 68, "column": 21 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "hoursText") || alias1(depth0, "hoursText", { "start": { "line": 68, "column": 26 }, "end": { "line": 68, "column": 35 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "hoursText", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 24 }, "end": { "line": 68, "column": 37 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Date | Holiday | Hours |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "holidays"), { "name": "each", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 75, "column": 0 }, "end": { "line": 77, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "dateText") || alias1(depth0, "dateText", { "start": { "line": 76, "column": 4 }, "end": { "line": 76, "column": 12 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "dateText", "hash": {}, "data": data, "loc": { "start": { "line": 76, "column": 2 }, "end": { "line": 76, "column": 14 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 76, "column": 19 }, "end": { "line": 76, "column": 23 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 76, "column": 17 }, "end": { "line": 76, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "hoursText") || alias1(depth0, "hoursText", { "start": { "line": 76, "column": 30 }, "end": { "line": 76, "column": 39 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "hoursText", "hash": {}, "data": data, "loc": { "start": { "line": 76, "column": 28 }, "end": { "line": 76, "column": 41 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "calendars"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 82, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true, "useDepths": true }
  },
  "tiers": {
    source: '{{!--\n  The tiers offered, side by side, with the Client\'s tier marked: in a policy, or when the agreement asks for the\n  comparison (`presentation.tierComparison`, `sla render --all-tiers`). Otherwise only the Client\'s own tier, and\n  only what the severity section does not already say.\n--}}\n{{#if tierComparison}}\n<!-- section: tiers -->\n## Service tiers\n\n{{#if tier}}\nThe Provider offers the service tiers below. The {{@root.document.clientNoun}} has the **{{tier.name}}** tier, marked in the table.\nThe targets that apply to the {{@root.document.clientNoun}} are those of its tier, as set out in the section \u201CSeverity levels and targets\u201D.\n{{else}}\nThe Provider offers the service tiers below.\n{{/if}}\n{{#if (or (not tier) (gt tiers.length 1))}}\n{{#if tierFirmness.response}}\n{{tierFirmness.response}}\n{{/if}}\n{{#if tierFirmness.update}}\n{{tierFirmness.update}}\n{{/if}}\n{{#if tierFirmness.resolution}}\n{{tierFirmness.resolution}}\n{{/if}}\n{{/if}}\n\n| |{{#each tiers}} {{#if isClientTier}}**{{name}} ({{@root.document.clientNoun}}\u2019s tier)**{{else}}{{name}}{{/if}} |{{/each}}\n| --- |{{#each tiers}} --- |{{/each}}\n{{#if tiersHave.description}}\n| Intended for |{{#each tiers}} {{default description "\u2014"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.services}}\n| Services |{{#each tiers}} {{default services "All"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.criticality}}\n| Business criticality |{{#each tiers}} {{default criticality "\u2014"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.supportHours}}\n| Support hours |{{#each tiers}} {{default supportHours "\u2014"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.reporting}}\n| Service report |{{#each tiers}} {{#if reporting}}{{capitalise reporting}}{{else}}\u2014{{/if}} |{{/each}}\n{{/if}}\n{{#if tiersHave.proactiveOptimisation}}\n| Proactive optimisation |{{#each tiers}} {{default proactiveOptimisation "\u2014"}} |{{/each}}\n{{/if}}\n{{#each tierTargetRows}}\n| {{label}} |{{#each cells}} {{this}} |{{/each}}\n{{/each}}\n{{#if tiersHave.price}}\n| Price |{{#each tiers}} {{default price "\u2014"}} |{{/each}}\n{{/if}}\n\n{{#each tiers}}\n{{#if proactiveDescription}}\nProactive optimisation in the {{name}} tier: {{proactiveDescription}}\n{{/if}}\n{{/each}}\n{{else}}\n{{#if tier}}\n{{#if (or tier.description tier.services tier.criticality tier.supportHours tier.reporting tier.proactiveOptimisation tier.price)}}\n## Service tier\n\nThe {{@root.document.clientNoun}}\u2019s service tier is **{{tier.name}}**.\n\n{{#if tier.description}}\n- **Intended for:** {{tier.description}}\n{{/if}}\n{{#if tier.services}}\n- **Services:** {{tier.services}}\n{{/if}}\n{{#if tier.criticality}}\n- **Business criticality:** {{tier.criticality}}\n{{/if}}\n{{#if tier.supportHours}}\n- **Support hours:** {{tier.supportHours}}\n{{/if}}\n{{#if tier.reporting}}\n- **Service report:** {{capitalise tier.reporting}}\n{{/if}}\n{{#if tier.proactiveOptimisation}}\n- **Proactive optimisation:** {{tier.proactiveOptimisation}}{{#if tier.proactiveDescription}}. {{tier.proactiveDescription}}{{/if}}\n{{/if}}\n{{#if tier.price}}\n- **Price:** {{tier.price}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: tiers -->\n## Service tiers\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || alias2(depth0, "or", { "start": { "line": 16, "column": 7 }, "end": { "line": 16, "column": 9 } })).call(alias1, (lookupProperty(helpers, "not") || alias2(depth0, "not", { "start": { "line": 16, "column": 11 }, "end": { "line": 16, "column": 14 } })).call(alias1, lookupProperty(depth0, "tier"), { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 10 }, "end": { "line": 16, "column": 20 } } }), (lookupProperty(helpers, "gt") || alias2(depth0, "gt", { "start": { "line": 16, "column": 22 }, "end": { "line": 16, "column": 24 } })).call(alias1, lookupProperty(lookupProperty(depth0, "tiers"), "length"), 1, { "name": "gt", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 21 }, "end": { "line": 16, "column": 40 } } }), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 6 }, "end": { "line": 16, "column": 41 } } }), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + "\n| |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 3 }, "end": { "line": 28, "column": 124 } } })) != null ? stack1 : "") + "\n| --- |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 7 }, "end": { "line": 29, "column": 37 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "description"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "services"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "criticality"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 38, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "supportHours"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 41, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "reporting"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "proactiveOptimisation"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tierTargetRows"), { "name": "each", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tiersHave"), "price"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 59, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "The Provider offers the service tiers below. The " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 11, "column": 51 }, "end": { "line": 11, "column": 76 } }), depth0)) != null ? stack1 : "") + " has the **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "tier"), "name", { "start": { "line": 11, "column": 91 }, "end": { "line": 11, "column": 100 } }), depth0)) != null ? stack1 : "") + "** tier, marked in the table.\nThe targets that apply to the " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 12, "column": 32 }, "end": { "line": 12, "column": 57 } }), depth0)) != null ? stack1 : "") + " are those of its tier, as set out in the section \u201CSeverity levels and targets\u201D.\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      return "The Provider offers the service tiers below.\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tierFirmness"), "response"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tierFirmness"), "update"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "tierFirmness"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tierFirmness"), "response", { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 23 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tierFirmness"), "update", { "start": { "line": 21, "column": 2 }, "end": { "line": 21, "column": 21 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tierFirmness"), "resolution", { "start": { "line": 24, "column": 2 }, "end": { "line": 24, "column": 25 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "isClientTier"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(9, data, 0), "data": data, "loc": { "start": { "line": 28, "column": 19 }, "end": { "line": 28, "column": 113 } } })) != null ? stack1 : "") + " |";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "**" + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 28, "column": 43 }, "end": { "line": 28, "column": 47 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 41 }, "end": { "line": 28, "column": 49 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 28, "column": 53 }, "end": { "line": 28, "column": 78 } }), depth0)) != null ? stack1 : "") + "\u2019s tier)**";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 28, "column": 100 }, "end": { "line": 28, "column": 104 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 98 }, "end": { "line": 28, "column": 106 } } }) : helper)) != null ? stack1 : "";
    }, "10": function(container, depth0, helpers, partials, data) {
      return " --- |";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Intended for |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 16 }, "end": { "line": 31, "column": 70 } } })) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 31, "column": 34 }, "end": { "line": 31, "column": 41 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 32 }, "end": { "line": 31, "column": 59 } } })) != null ? stack1 : "") + " |";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Services |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 12 }, "end": { "line": 34, "column": 65 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 34, "column": 30 }, "end": { "line": 34, "column": 37 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), "All", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 28 }, "end": { "line": 34, "column": 54 } } })) != null ? stack1 : "") + " |";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Business criticality |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 24 }, "end": { "line": 37, "column": 78 } } })) != null ? stack1 : "") + "\n";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 37, "column": 42 }, "end": { "line": 37, "column": 49 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "criticality"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 40 }, "end": { "line": 37, "column": 67 } } })) != null ? stack1 : "") + " |";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Support hours |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 17 }, "end": { "line": 40, "column": 72 } } })) != null ? stack1 : "") + "\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 40, "column": 35 }, "end": { "line": 40, "column": 42 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "supportHours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 33 }, "end": { "line": 40, "column": 61 } } })) != null ? stack1 : "") + " |";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Service report |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 18 }, "end": { "line": 43, "column": 102 } } })) != null ? stack1 : "") + "\n";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "reporting"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.program(22, data, 0), "data": data, "loc": { "start": { "line": 43, "column": 34 }, "end": { "line": 43, "column": 91 } } })) != null ? stack1 : "") + " |";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "capitalise") || container.strict(depth0, "capitalise", { "start": { "line": 43, "column": 53 }, "end": { "line": 43, "column": 63 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "reporting"), { "name": "capitalise", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 51 }, "end": { "line": 43, "column": 75 } } })) != null ? stack1 : "";
    }, "22": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Proactive optimisation |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 26 }, "end": { "line": 46, "column": 90 } } })) != null ? stack1 : "") + "\n";
    }, "24": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 46, "column": 44 }, "end": { "line": 46, "column": 51 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "proactiveOptimisation"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 42 }, "end": { "line": 46, "column": 79 } } })) != null ? stack1 : "") + " |";
    }, "25": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "label") || container.strict(depth0, "label", { "start": { "line": 49, "column": 4 }, "end": { "line": 49, "column": 9 } }), typeof helper === "function" ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 2 }, "end": { "line": 49, "column": 11 } } }) : helper)) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "cells"), { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 13 }, "end": { "line": 49, "column": 48 } } })) != null ? stack1 : "") + "\n";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1;
      return " " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + " |";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| Price |" + ((stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 52, "column": 9 }, "end": { "line": 52, "column": 57 } } })) != null ? stack1 : "") + "\n";
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 52, "column": 27 }, "end": { "line": 52, "column": 34 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "price"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 25 }, "end": { "line": 52, "column": 46 } } })) != null ? stack1 : "") + " |";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "proactiveDescription"), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "";
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "Proactive optimisation in the " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 57, "column": 32 }, "end": { "line": 57, "column": 36 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 30 }, "end": { "line": 57, "column": 38 } } }) : helper)) != null ? stack1 : "") + " tier: " + ((stack1 = (helper = lookupProperty(helpers, "proactiveDescription") || alias1(depth0, "proactiveDescription", { "start": { "line": 57, "column": 47 }, "end": { "line": 57, "column": 67 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "proactiveDescription", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 45 }, "end": { "line": 57, "column": 69 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "31": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 89, "column": 7 } } })) != null ? stack1 : "";
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 62, "column": 7 }, "end": { "line": 62, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "tier"), "description"), lookupProperty(lookupProperty(depth0, "tier"), "services"), lookupProperty(lookupProperty(depth0, "tier"), "criticality"), lookupProperty(lookupProperty(depth0, "tier"), "supportHours"), lookupProperty(lookupProperty(depth0, "tier"), "reporting"), lookupProperty(lookupProperty(depth0, "tier"), "proactiveOptimisation"), lookupProperty(lookupProperty(depth0, "tier"), "price"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 62, "column": 6 }, "end": { "line": 62, "column": 129 } } }), { "name": "if", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 88, "column": 7 } } })) != null ? stack1 : "";
    }, "33": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = container.lambda, alias3 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## Service tier\n\nThe " + ((stack1 = alias2(alias1(lookupProperty(lookupProperty(data, "root"), "document"), "clientNoun", { "start": { "line": 65, "column": 6 }, "end": { "line": 65, "column": 31 } }), depth0)) != null ? stack1 : "") + "\u2019s service tier is **" + ((stack1 = alias2(alias1(lookupProperty(depth0, "tier"), "name", { "start": { "line": 65, "column": 56 }, "end": { "line": 65, "column": 65 } }), depth0)) != null ? stack1 : "") + "**.\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "description"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "services"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 70, "column": 0 }, "end": { "line": 72, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "criticality"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "supportHours"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "reporting"), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 0 }, "end": { "line": 81, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "proactiveOptimisation"), { "name": "if", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 82, "column": 0 }, "end": { "line": 84, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias3, lookupProperty(lookupProperty(depth0, "tier"), "price"), { "name": "if", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 85, "column": 0 }, "end": { "line": 87, "column": 7 } } })) != null ? stack1 : "");
    }, "34": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Intended for:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "description", { "start": { "line": 68, "column": 22 }, "end": { "line": 68, "column": 38 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "35": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Services:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "services", { "start": { "line": 71, "column": 18 }, "end": { "line": 71, "column": 31 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "36": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Business criticality:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "criticality", { "start": { "line": 74, "column": 30 }, "end": { "line": 74, "column": 46 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "37": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Support hours:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "supportHours", { "start": { "line": 77, "column": 23 }, "end": { "line": 77, "column": 40 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "38": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Service report:** " + ((stack1 = (lookupProperty(helpers, "capitalise") || container.strict(depth0, "capitalise", { "start": { "line": 80, "column": 24 }, "end": { "line": 80, "column": 34 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "tier"), "reporting"), { "name": "capitalise", "hash": {}, "data": data, "loc": { "start": { "line": 80, "column": 22 }, "end": { "line": 80, "column": 51 } } })) != null ? stack1 : "") + "\n";
    }, "39": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Proactive optimisation:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "proactiveOptimisation", { "start": { "line": 83, "column": 32 }, "end": { "line": 83, "column": 58 } }), depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "tier"), "proactiveDescription"), { "name": "if", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 83, "column": 60 }, "end": { "line": 83, "column": 131 } } })) != null ? stack1 : "") + "\n";
    }, "40": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ". " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "proactiveDescription", { "start": { "line": 83, "column": 97 }, "end": { "line": 83, "column": 122 } }), depth0)) != null ? stack1 : "");
    }, "41": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- **Price:** " + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "tier"), "price", { "start": { "line": 86, "column": 15 }, "end": { "line": 86, "column": 25 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tierComparison"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(31, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 90, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  }
};
export {
  precompiledTemplates,
  templateCompileOptions
};
