import { createRequire as __slaCreateRequire } from 'node:module'; const require = __slaCreateRequire(import.meta.url);
import "./chunk-YKDEAKEZ.js";

// src/generated/default-templates.js
var templateCompileOptions = { "strict": true, "noEscape": true };
var precompiledTemplates = {
  "availability": {
    source: '{{!-- The availability target, the downtime it allows and service credits. Only when the agreement has one. --}}\n{{#if availability}}\n{{#if availability.serviceCredits.length}}\n## {{t "availability.headingWithCredits"}}\n{{else}}\n## {{t "availability.heading"}}\n{{/if}}\n\n{{#if availability.targetText}}\n{{t "availability.target" target=availability.targetText services=availability.services window=availability.window}}\n{{#if availability.downtimeText}}\n{{#if availability.convention}}\n{{t "availability.downtimeCounting" window=availability.window downtime=availability.downtimeText convention=availability.convention}}\n{{else}}\n{{t "availability.downtimeVarying" window=availability.window downtime=availability.downtimeText}}\n{{/if}}\n{{/if}}\n{{else}}\n{{t "availability.notStated" services=availability.services window=availability.window}}\n{{/if}}\n{{#if availability.firmnessText}}\n{{availability.firmnessText}}\n{{/if}}\n{{#if availability.scope}}\n\n{{t "availability.label.scope"}} {{availability.scope}}\n{{/if}}\n\n{{#if availability.measurement}}\n{{t "availability.label.measurement"}} {{availability.measurement}}\n\n{{/if}}\n{{#if availability.exclusions.length}}\n{{t "availability.exclusions"}}\n\n{{#each availability.exclusions}}\n- {{this}}\n{{/each}}\n\n{{/if}}\n{{#if availability.serviceCredits.length}}\n{{t "availability.credits" period=availability.creditPeriod policy=@root.document.isPolicy basis=availability.creditBasis}}\n\n| {{t "availability.column.availabilityIn" period=availability.creditPeriod}} | {{t "availability.column.serviceCredit"}} |\n| --- | --- |\n{{#each availability.serviceCredits}}\n| {{belowText}} | {{creditText}} |\n{{/each}}\n\n{{/if}}\n{{#if availability.creditTerms}}\n{{#with availability.creditTerms}}\n{{#if (eq cumulative true)}}\n{{t "availability.cumulative"}}\n{{/if}}\n{{#if (eq cumulative false)}}\n{{t "availability.notCumulative"}}\n{{/if}}\n{{#if capText}}\n{{t "availability.cap" cap=capText per=capPer window=../availability.window}}\n{{/if}}\n{{#if claimWindow}}\n{{t "availability.claim" policy=@root.document.isPolicy within=claimWindow procedure=claimProcedure}}\n{{else}}\n{{#if claimProcedure}}\n{{t "availability.label.claims"}} {{claimProcedure}}\n{{/if}}\n{{/if}}\n{{#if soleRemedy}}\n{{t "availability.soleRemedy" policy=@root.document.isPolicy}}\n{{/if}}\n{{#if forfeiture}}\n{{t "availability.label.forfeiture"}} {{forfeiture}}\n{{/if}}\n{{/with}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "availability"), "serviceCredits"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.program(2, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "targetText"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0, blockParams, depths), "inverse": container.program(7, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "firmnessText"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "scope"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 27, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "measurement"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "availability"), "exclusions"), "length"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 40, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "availability"), "serviceCredits"), "length"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 41, "column": 0 }, "end": { "line": 50, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "creditTerms"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 76, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 4, "column": 5 }, "end": { "line": 4, "column": 6 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.headingWithCredits", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 42 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 6, "column": 5 }, "end": { "line": 6, "column": 6 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 3 }, "end": { "line": 6, "column": 31 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 3 } })).call(alias1, "availability.target", { "name": "t", "hash": { "window": lookupProperty(lookupProperty(depth0, "availability"), "window"), "services": lookupProperty(lookupProperty(depth0, "availability"), "services"), "target": lookupProperty(lookupProperty(depth0, "availability"), "targetText") }, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 10, "column": 116 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "downtimeText"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "availability"), "convention"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 13, "column": 2 }, "end": { "line": 13, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.downtimeCounting", { "name": "t", "hash": { "convention": lookupProperty(lookupProperty(depth0, "availability"), "convention"), "downtime": lookupProperty(lookupProperty(depth0, "availability"), "downtimeText"), "window": lookupProperty(lookupProperty(depth0, "availability"), "window") }, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 13, "column": 134 } } })) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.downtimeVarying", { "name": "t", "hash": { "downtime": lookupProperty(lookupProperty(depth0, "availability"), "downtimeText"), "window": lookupProperty(lookupProperty(depth0, "availability"), "window") }, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 15, "column": 98 } } })) != null ? stack1 : "") + "\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.notStated", { "name": "t", "hash": { "window": lookupProperty(lookupProperty(depth0, "availability"), "window"), "services": lookupProperty(lookupProperty(depth0, "availability"), "services") }, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 19, "column": 88 } } })) != null ? stack1 : "") + "\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "availability"), "firmnessText", { "start": { "line": 22, "column": 2 }, "end": { "line": 22, "column": 27 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 26, "column": 2 }, "end": { "line": 26, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.label.scope", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 26, "column": 32 } } })) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "availability"), "scope", { "start": { "line": 26, "column": 35 }, "end": { "line": 26, "column": 53 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 30, "column": 2 }, "end": { "line": 30, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.label.measurement", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 30, "column": 38 } } })) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "availability"), "measurement", { "start": { "line": 30, "column": 41 }, "end": { "line": 30, "column": 65 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 34, "column": 2 }, "end": { "line": 34, "column": 3 } })).call(alias1, "availability.exclusions", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 34, "column": 31 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "availability"), "exclusions"), { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 38, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1;
      return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 42, "column": 2 }, "end": { "line": 42, "column": 3 } })).call(alias2, "availability.credits", { "name": "t", "hash": { "basis": lookupProperty(lookupProperty(depth0, "availability"), "creditBasis"), "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "period": lookupProperty(lookupProperty(depth0, "availability"), "creditPeriod") }, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 42, "column": 123 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 44, "column": 4 }, "end": { "line": 44, "column": 5 } })).call(alias2, "availability.column.availabilityIn", { "name": "t", "hash": { "period": lookupProperty(lookupProperty(depth0, "availability"), "creditPeriod") }, "data": data, "loc": { "start": { "line": 44, "column": 2 }, "end": { "line": 44, "column": 77 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 44, "column": 82 }, "end": { "line": 44, "column": 83 } })).call(alias2, "availability.column.serviceCredit", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 44, "column": 80 }, "end": { "line": 44, "column": 121 } } })) != null ? stack1 : "") + " |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "availability"), "serviceCredits"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 0 }, "end": { "line": 48, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "belowText") || alias1(depth0, "belowText", { "start": { "line": 47, "column": 4 }, "end": { "line": 47, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "belowText", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 2 }, "end": { "line": 47, "column": 15 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "creditText") || alias1(depth0, "creditText", { "start": { "line": 47, "column": 20 }, "end": { "line": 47, "column": 30 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "creditText", "hash": {}, "data": data, "loc": { "start": { "line": 47, "column": 18 }, "end": { "line": 47, "column": 32 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "15": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "with").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "availability"), "creditTerms"), { "name": "with", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 52, "column": 0 }, "end": { "line": 75, "column": 9 } } })) != null ? stack1 : "";
    }, "16": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 53, "column": 7 }, "end": { "line": 53, "column": 9 } })).call(alias2, lookupProperty(depth0, "cumulative"), true, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 53, "column": 6 }, "end": { "line": 53, "column": 26 } } }), { "name": "if", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 55, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "eq") || alias1(depth0, "eq", { "start": { "line": 56, "column": 7 }, "end": { "line": 56, "column": 9 } })).call(alias2, lookupProperty(depth0, "cumulative"), false, { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 56, "column": 6 }, "end": { "line": 56, "column": 27 } } }), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "capText"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 59, "column": 0 }, "end": { "line": 61, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "claimWindow"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0, blockParams, depths), "inverse": container.program(21, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 68, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "soleRemedy"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 69, "column": 0 }, "end": { "line": 71, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "forfeiture"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 74, "column": 7 } } })) != null ? stack1 : "");
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 54, "column": 2 }, "end": { "line": 54, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.cumulative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 54, "column": 31 } } })) != null ? stack1 : "") + "\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 2 }, "end": { "line": 57, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.notCumulative", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 34 } } })) != null ? stack1 : "") + "\n";
    }, "19": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 60, "column": 2 }, "end": { "line": 60, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.cap", { "name": "t", "hash": { "window": lookupProperty(lookupProperty(depths[1], "availability"), "window"), "per": lookupProperty(depth0, "capPer"), "cap": lookupProperty(depth0, "capText") }, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 60, "column": 77 } } })) != null ? stack1 : "") + "\n";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 63, "column": 2 }, "end": { "line": 63, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.claim", { "name": "t", "hash": { "procedure": lookupProperty(depth0, "claimProcedure"), "within": lookupProperty(depth0, "claimWindow"), "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 63, "column": 0 }, "end": { "line": 63, "column": 101 } } })) != null ? stack1 : "") + "\n";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "claimProcedure"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 0 }, "end": { "line": 67, "column": 7 } } })) != null ? stack1 : "";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 66, "column": 2 }, "end": { "line": 66, "column": 3 } })).call(alias2, "availability.label.claims", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 66, "column": 33 } } })) != null ? stack1 : "") + " " + ((stack1 = (helper = lookupProperty(helpers, "claimProcedure") || alias1(depth0, "claimProcedure", { "start": { "line": 66, "column": 36 }, "end": { "line": 66, "column": 50 } }), typeof helper === "function" ? helper.call(alias2, { "name": "claimProcedure", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 34 }, "end": { "line": 66, "column": 52 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 70, "column": 2 }, "end": { "line": 70, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "availability.soleRemedy", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 70, "column": 0 }, "end": { "line": 70, "column": 62 } } })) != null ? stack1 : "") + "\n";
    }, "24": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 73, "column": 2 }, "end": { "line": 73, "column": 3 } })).call(alias2, "availability.label.forfeiture", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 0 }, "end": { "line": 73, "column": 37 } } })) != null ? stack1 : "") + " " + ((stack1 = (helper = lookupProperty(helpers, "forfeiture") || alias1(depth0, "forfeiture", { "start": { "line": 73, "column": 40 }, "end": { "line": 73, "column": 50 } }), typeof helper === "function" ? helper.call(alias2, { "name": "forfeiture", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 38 }, "end": { "line": 73, "column": 52 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "availability"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 77, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true, "useDepths": true }
  },
  "change-orders": {
    source: '{{!-- Where support ends and change-order work begins, how that work is estimated and charged, and other fees. --}}\n{{#if changeOrders}}\n<!-- section: change-orders -->\n## {{t "change-orders.heading"}}\n\n{{#if changeOrders.threshold}}\n{{t "change-orders.label.threshold"}} {{changeOrders.threshold}}\n{{#if changeOrders.thresholdHoursUnwritten}}\n{{t "change-orders.thresholdHours" hours=changeOrders.thresholdHours}}\n{{/if}}\n\n{{else}}\n{{#if changeOrders.thresholdHours}}\n{{t "change-orders.label.threshold"}} {{t "change-orders.thresholdHours" hours=changeOrders.thresholdHours}}\n\n{{/if}}\n{{/if}}\n{{#if changeOrders.evaluation}}\n{{t "change-orders.label.evaluation"}} {{changeOrders.evaluation}}\n\n{{/if}}\n{{#if changeOrders.estimateWithin}}\n{{t "change-orders.label.estimate"}} {{t "change-orders.estimate" within=changeOrders.estimateWithin.withCalendar}}\n\n{{/if}}\n{{#if changeOrders.rate}}\n{{t "change-orders.label.rate"}} {{t "change-orders.rate" rate=changeOrders.rate}}\n{{/if}}\n{{/if}}\n{{#if fees.length}}\n## {{t "change-orders.fees"}}\n\n| {{t "change-orders.column.work"}} | {{t "change-orders.column.rate"}} | {{t "change-orders.column.whenItApplies"}} |\n| --- | --- | --- |\n{{#each fees}}\n| {{forLabel}} | {{default rate "\u2014"}} | {{default description "\u2014"}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: change-orders -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 4, "column": 5 }, "end": { "line": 4, "column": 6 } })).call(alias1, "change-orders.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 32 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "threshold"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "evaluation"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "estimateWithin"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "changeOrders"), "rate"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 3 } })).call(alias2, "change-orders.label.threshold", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 37 } } })) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "changeOrders"), "threshold", { "start": { "line": 7, "column": 40 }, "end": { "line": 7, "column": 62 } }), depth0)) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHoursUnwritten"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "change-orders.thresholdHours", { "name": "t", "hash": { "hours": lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHours") }, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 70 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHours"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 3 } })).call(alias2, "change-orders.label.threshold", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 37 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 40 }, "end": { "line": 14, "column": 41 } })).call(alias2, "change-orders.thresholdHours", { "name": "t", "hash": { "hours": lookupProperty(lookupProperty(depth0, "changeOrders"), "thresholdHours") }, "data": data, "loc": { "start": { "line": 14, "column": 38 }, "end": { "line": 14, "column": 108 } } })) != null ? stack1 : "") + "\n\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "change-orders.label.evaluation", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 19, "column": 38 } } })) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "changeOrders"), "evaluation", { "start": { "line": 19, "column": 41 }, "end": { "line": 19, "column": 64 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 3 } })).call(alias2, "change-orders.label.estimate", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 23, "column": 36 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 23, "column": 39 }, "end": { "line": 23, "column": 40 } })).call(alias2, "change-orders.estimate", { "name": "t", "hash": { "within": lookupProperty(lookupProperty(lookupProperty(depth0, "changeOrders"), "estimateWithin"), "withCalendar") }, "data": data, "loc": { "start": { "line": 23, "column": 37 }, "end": { "line": 23, "column": 115 } } })) != null ? stack1 : "") + "\n\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 27, "column": 2 }, "end": { "line": 27, "column": 3 } })).call(alias2, "change-orders.label.rate", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 27, "column": 32 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 27, "column": 35 }, "end": { "line": 27, "column": 36 } })).call(alias2, "change-orders.rate", { "name": "t", "hash": { "rate": lookupProperty(lookupProperty(depth0, "changeOrders"), "rate") }, "data": data, "loc": { "start": { "line": 27, "column": 33 }, "end": { "line": 27, "column": 82 } } })) != null ? stack1 : "") + "\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 31, "column": 5 }, "end": { "line": 31, "column": 6 } })).call(alias2, "change-orders.fees", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 3 }, "end": { "line": 31, "column": 29 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 33, "column": 4 }, "end": { "line": 33, "column": 5 } })).call(alias2, "change-orders.column.work", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 2 }, "end": { "line": 33, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 33, "column": 40 }, "end": { "line": 33, "column": 41 } })).call(alias2, "change-orders.column.rate", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 38 }, "end": { "line": 33, "column": 71 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 33, "column": 76 }, "end": { "line": 33, "column": 77 } })).call(alias2, "change-orders.column.whenItApplies", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 74 }, "end": { "line": 33, "column": 116 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "fees"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 37, "column": 9 } } })) != null ? stack1 : "");
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
    source: '{{!-- Where requests are raised, and the escalation path. --}}\n{{#if channels.length}}\n{{#if escalation.length}}\n<!-- section: channels -->\n## {{t "channels.headingWithEscalation"}}\n\n### {{t "channels.heading"}}\n{{else}}\n<!-- section: channels -->\n## {{t "channels.heading"}}\n{{/if}}\n\n{{#if channelsHaveTiers}}\n| {{t "channels.column.channel"}} | {{t "channels.column.severities"}} | {{t "channels.column.tiers"}} | {{t "channels.column.staffed"}} | {{t "channels.column.howToUse"}} |\n| --- | --- | --- | --- | --- |\n{{#each channels}}\n| {{t "channels.channel" type=typeLabel address=address}} | {{severities}} | {{#if tiers}}{{tiers}}{{else}}{{t "channels.allTiers"}}{{/if}} | {{default hours "\u2014"}} | {{#if description}}{{description}}{{#unless countsForTargets}} {{t "channels.noClock"}}{{/unless}}{{else}}{{#if countsForTargets}}\u2014{{else}}{{t "channels.noClock"}}{{/if}}{{/if}} |\n{{/each}}\n{{else}}\n| {{t "channels.column.channel"}} | {{t "channels.column.severities"}} | {{t "channels.column.staffed"}} | {{t "channels.column.howToUse"}} |\n| --- | --- | --- | --- |\n{{#each channels}}\n| {{t "channels.channel" type=typeLabel address=address}} | {{severities}} | {{default hours "\u2014"}} | {{#if description}}{{description}}{{#unless countsForTargets}} {{t "channels.noClock"}}{{/unless}}{{else}}{{#if countsForTargets}}\u2014{{else}}{{t "channels.noClock"}}{{/if}}{{/if}} |\n{{/each}}\n{{/if}}\n{{else}}\n{{#if escalation.length}}\n<!-- section: channels -->\n## {{t "channels.escalationHeading"}}\n{{/if}}\n{{/if}}\n\n{{#if escalation.length}}\n{{#if channels.length}}\n### {{t "channels.escalationPath"}}\n{{/if}}\n\n{{t "channels.escalationIntro"}}\n\n| {{t "channels.column.step"}} | {{t "channels.column.contact"}} | {{t "channels.column.howToReach"}} | {{t "channels.column.when"}} |\n| --- | --- | --- | --- |\n{{#each escalation}}\n| {{step}} | {{name}}{{#if title}}, {{title}}{{/if}} | {{#if email}}{{email}}{{/if}}{{#if (and email phone)}}, {{/if}}{{#if phone}}{{phone}}{{/if}}{{#unless (or email phone)}}\u2014{{/unless}} | {{when}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "escalation"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 3, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "channelsHaveTiers"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(12, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: channels -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 5, "column": 5 }, "end": { "line": 5, "column": 6 } })).call(alias2, "channels.headingWithEscalation", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 3 }, "end": { "line": 5, "column": 41 } } })) != null ? stack1 : "") + "\n\n### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 7, "column": 6 }, "end": { "line": 7, "column": 7 } })).call(alias2, "channels.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 28 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: channels -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 10, "column": 5 }, "end": { "line": 10, "column": 6 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "channels.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 3 }, "end": { "line": 10, "column": 27 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 4 }, "end": { "line": 14, "column": 5 } })).call(alias2, "channels.column.channel", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 33 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 38 }, "end": { "line": 14, "column": 39 } })).call(alias2, "channels.column.severities", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 36 }, "end": { "line": 14, "column": 70 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 75 }, "end": { "line": 14, "column": 76 } })).call(alias2, "channels.column.tiers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 73 }, "end": { "line": 14, "column": 102 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 107 }, "end": { "line": 14, "column": 108 } })).call(alias2, "channels.column.staffed", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 105 }, "end": { "line": 14, "column": 136 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 141 }, "end": { "line": 14, "column": 142 } })).call(alias2, "channels.column.howToUse", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 139 }, "end": { "line": 14, "column": 171 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "channels"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 9 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 17, "column": 4 }, "end": { "line": 17, "column": 5 } })).call(alias2, "channels.channel", { "name": "t", "hash": { "address": lookupProperty(depth0, "address"), "type": lookupProperty(depth0, "typeLabel") }, "data": data, "loc": { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 57 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "severities") || alias1(depth0, "severities", { "start": { "line": 17, "column": 62 }, "end": { "line": 17, "column": 72 } }), typeof helper === "function" ? helper.call(alias2, { "name": "severities", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 60 }, "end": { "line": 17, "column": 74 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "tiers"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(6, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 77 }, "end": { "line": 17, "column": 139 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 17, "column": 144 }, "end": { "line": 17, "column": 151 } })).call(alias2, lookupProperty(depth0, "hours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 142 }, "end": { "line": 17, "column": 163 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(9, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 166 }, "end": { "line": 17, "column": 343 } } })) != null ? stack1 : "") + " |\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "tiers") || container.strict(depth0, "tiers", { "start": { "line": 17, "column": 92 }, "end": { "line": 17, "column": 97 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "tiers", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 90 }, "end": { "line": 17, "column": 99 } } }) : helper)) != null ? stack1 : "";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 17, "column": 109 }, "end": { "line": 17, "column": 110 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "channels.allTiers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 107 }, "end": { "line": 17, "column": 132 } } })) != null ? stack1 : "";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 17, "column": 187 }, "end": { "line": 17, "column": 198 } }), typeof helper === "function" ? helper.call(alias1, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 185 }, "end": { "line": 17, "column": 200 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias1, lookupProperty(depth0, "countsForTargets"), { "name": "unless", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 200 }, "end": { "line": 17, "column": 264 } } })) != null ? stack1 : "");
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 17, "column": 231 }, "end": { "line": 17, "column": 232 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "channels.noClock", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 229 }, "end": { "line": 17, "column": 253 } } })) != null ? stack1 : "");
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "countsForTargets"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.program(11, data, 0), "data": data, "loc": { "start": { "line": 17, "column": 272 }, "end": { "line": 17, "column": 336 } } })) != null ? stack1 : "";
    }, "10": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 17, "column": 307 }, "end": { "line": 17, "column": 308 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "channels.noClock", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 305 }, "end": { "line": 17, "column": 329 } } })) != null ? stack1 : "";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 20, "column": 4 }, "end": { "line": 20, "column": 5 } })).call(alias2, "channels.column.channel", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 2 }, "end": { "line": 20, "column": 33 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 20, "column": 38 }, "end": { "line": 20, "column": 39 } })).call(alias2, "channels.column.severities", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 36 }, "end": { "line": 20, "column": 70 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 20, "column": 75 }, "end": { "line": 20, "column": 76 } })).call(alias2, "channels.column.staffed", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 73 }, "end": { "line": 20, "column": 104 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 20, "column": 109 }, "end": { "line": 20, "column": 110 } })).call(alias2, "channels.column.howToUse", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 107 }, "end": { "line": 20, "column": 139 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "channels"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "");
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 5 } })).call(alias2, "channels.channel", { "name": "t", "hash": { "address": lookupProperty(depth0, "address"), "type": lookupProperty(depth0, "typeLabel") }, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 57 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "severities") || alias1(depth0, "severities", { "start": { "line": 23, "column": 62 }, "end": { "line": 23, "column": 72 } }), typeof helper === "function" ? helper.call(alias2, { "name": "severities", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 60 }, "end": { "line": 23, "column": 74 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 23, "column": 79 }, "end": { "line": 23, "column": 86 } })).call(alias2, lookupProperty(depth0, "hours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 77 }, "end": { "line": 23, "column": 98 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(9, data, 0), "data": data, "loc": { "start": { "line": 23, "column": 101 }, "end": { "line": 23, "column": 278 } } })) != null ? stack1 : "") + " |\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "escalation"), "length"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 30, "column": 7 } } })) != null ? stack1 : "";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: channels -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 29, "column": 5 }, "end": { "line": 29, "column": 6 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "channels.escalationHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 29, "column": 3 }, "end": { "line": 29, "column": 37 } } })) != null ? stack1 : "") + "\n";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "channels"), "length"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = (lookupProperty(helpers, "t") || alias2(depth0, "t", { "start": { "line": 38, "column": 2 }, "end": { "line": 38, "column": 3 } })).call(alias1, "channels.escalationIntro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 38, "column": 32 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias2(depth0, "t", { "start": { "line": 40, "column": 4 }, "end": { "line": 40, "column": 5 } })).call(alias1, "channels.column.step", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 2 }, "end": { "line": 40, "column": 30 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias2(depth0, "t", { "start": { "line": 40, "column": 35 }, "end": { "line": 40, "column": 36 } })).call(alias1, "channels.column.contact", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 33 }, "end": { "line": 40, "column": 64 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias2(depth0, "t", { "start": { "line": 40, "column": 69 }, "end": { "line": 40, "column": 70 } })).call(alias1, "channels.column.howToReach", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 67 }, "end": { "line": 40, "column": 101 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias2(depth0, "t", { "start": { "line": 40, "column": 106 }, "end": { "line": 40, "column": 107 } })).call(alias1, "channels.column.when", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 104 }, "end": { "line": 40, "column": 132 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "escalation"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 9 } } })) != null ? stack1 : "");
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 35, "column": 6 }, "end": { "line": 35, "column": 7 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "channels.escalationPath", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 4 }, "end": { "line": 35, "column": 35 } } })) != null ? stack1 : "") + "\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "step") || alias1(depth0, "step", { "start": { "line": 43, "column": 4 }, "end": { "line": 43, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "step", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 43, "column": 15 }, "end": { "line": 43, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 13 }, "end": { "line": 43, "column": 21 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "title"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 21 }, "end": { "line": 43, "column": 52 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "email"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 55 }, "end": { "line": 43, "column": 84 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "and") || alias1(depth0, "and", { "start": { "line": 43, "column": 91 }, "end": { "line": 43, "column": 94 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 90 }, "end": { "line": 43, "column": 107 } } }), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 84 }, "end": { "line": 43, "column": 118 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "phone"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 118 }, "end": { "line": 43, "column": 147 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 43, "column": 158 }, "end": { "line": 43, "column": 160 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 157 }, "end": { "line": 43, "column": 173 } } }), { "name": "unless", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 147 }, "end": { "line": 43, "column": 187 } } })) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 43, "column": 192 }, "end": { "line": 43, "column": 196 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 190 }, "end": { "line": 43, "column": 198 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = (helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 43, "column": 38 }, "end": { "line": 43, "column": 43 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 36 }, "end": { "line": 43, "column": 45 } } }) : helper)) != null ? stack1 : "");
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "email") || container.strict(depth0, "email", { "start": { "line": 43, "column": 70 }, "end": { "line": 43, "column": 75 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "email", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 68 }, "end": { "line": 43, "column": 77 } } }) : helper)) != null ? stack1 : "";
    }, "21": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "22": function(container, depth0, helpers, partials, data) {
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
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "channels"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(14, data, 0), "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "escalation"), "length"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 45, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "client-responsibilities": {
    source: '{{!-- What the Client does, and when a missed target is excused. --}}\n{{#if clientResponsibilities.length}}\n<!-- section: client-responsibilities -->\n## {{t "client-responsibilities.heading" policy=@root.document.isPolicy}}\n\n{{t "client-responsibilities.intro" policy=@root.document.isPolicy}}\n\n{{#each clientResponsibilities}}\n{{inc @index}}. {{t "client-responsibilities.item" label=label description=description appliesTo=appliesTo}}\n{{/each}}\n{{/if}}\n{{#if excusedDelays.length}}\n## {{t "client-responsibilities.excusedDelays"}}\n\n{{t "client-responsibilities.excusedDelaysIntro"}}\n\n{{#each excusedDelays}}\n- {{this}}\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: client-responsibilities -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 4, "column": 5 }, "end": { "line": 4, "column": 6 } })).call(alias2, "client-responsibilities.heading", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 73 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 6, "column": 2 }, "end": { "line": 6, "column": 3 } })).call(alias2, "client-responsibilities.intro", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 68 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "clientResponsibilities"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "inc") || alias1(depth0, "inc", { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 5 } })).call(alias2, lookupProperty(data, "index"), { "name": "inc", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 14 } } })) != null ? stack1 : "") + ". " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 18 }, "end": { "line": 9, "column": 19 } })).call(alias2, "client-responsibilities.item", { "name": "t", "hash": { "appliesTo": lookupProperty(depth0, "appliesTo"), "description": lookupProperty(depth0, "description"), "label": lookupProperty(depth0, "label") }, "data": data, "loc": { "start": { "line": 9, "column": 16 }, "end": { "line": 9, "column": 108 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 13, "column": 5 }, "end": { "line": 13, "column": 6 } })).call(alias2, "client-responsibilities.excusedDelays", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 3 }, "end": { "line": 13, "column": 48 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 3 } })).call(alias2, "client-responsibilities.excusedDelaysIntro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 15, "column": 50 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "excusedDelays"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "");
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1;
      return "- " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "clientResponsibilities"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 2, "column": 0 }, "end": { "line": 11, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "excusedDelays"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "contract-frame": {
    source: '{{!-- The master agreement, order of precedence, governing law and jurisdiction. Only when the agreement states them. --}}\n{{#if (or contractFrame amendments)}}\n## {{t "contract-frame.heading"}}\n\n{{#if contractFrame}}\n{{#if contractFrame.masterAgreement}}\n{{t "contract-frame.masterAgreement"}} {{contractFrame.masterAgreement}}\n\n{{/if}}\n{{#if contractFrame.precedence.length}}\n{{t "contract-frame.precedence"}} {{t "contract-frame.precedenceRule"}}\n\n{{#each contractFrame.precedence}}\n{{inc @index}}. {{this}}\n{{/each}}\n\n{{/if}}\n{{#if contractFrame.governingLaw}}\n{{t "contract-frame.governingLaw"}} {{t "contract-frame.governedBy" law=contractFrame.governingLaw policy=document.isPolicy}}\n\n{{/if}}\n{{#if contractFrame.jurisdiction}}\n{{t "contract-frame.jurisdiction"}} {{t "contract-frame.disputesHeardBy" court=contractFrame.jurisdiction}}\n\n{{/if}}\n{{/if}}\n{{#if amendments}}\n{{#if amendments.description}}\n{{t "contract-frame.changes" policy=document.isPolicy}} {{amendments.description}}{{#if amendments.noticeText}} {{t "contract-frame.changeNotice" notice=amendments.noticeText}}{{/if}}\n{{else}}\n{{t "contract-frame.changes" policy=document.isPolicy}} {{t "contract-frame.providerGivesNotice" notice=amendments.noticeText}}\n{{/if}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias1, "contract-frame.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 33 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "contractFrame"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "amendments"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contractFrame"), "masterAgreement"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 9, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "contractFrame"), "precedence"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 17, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contractFrame"), "governingLaw"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contractFrame"), "jurisdiction"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 25, "column": 7 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "contract-frame.masterAgreement", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 38 } } })) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "contractFrame"), "masterAgreement", { "start": { "line": 7, "column": 41 }, "end": { "line": 7, "column": 70 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 3 } })).call(alias2, "contract-frame.precedence", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 33 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 11, "column": 36 }, "end": { "line": 11, "column": 37 } })).call(alias2, "contract-frame.precedenceRule", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 34 }, "end": { "line": 11, "column": 71 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "contractFrame"), "precedence"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "inc") || container.strict(depth0, "inc", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(data, "index"), { "name": "inc", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 14 } } })) != null ? stack1 : "") + ". " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 3 } })).call(alias2, "contract-frame.governingLaw", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 19, "column": 35 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 19, "column": 38 }, "end": { "line": 19, "column": 39 } })).call(alias2, "contract-frame.governedBy", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy"), "law": lookupProperty(lookupProperty(depth0, "contractFrame"), "governingLaw") }, "data": data, "loc": { "start": { "line": 19, "column": 36 }, "end": { "line": 19, "column": 125 } } })) != null ? stack1 : "") + "\n\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 3 } })).call(alias2, "contract-frame.jurisdiction", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 23, "column": 35 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 23, "column": 38 }, "end": { "line": 23, "column": 39 } })).call(alias2, "contract-frame.disputesHeardBy", { "name": "t", "hash": { "court": lookupProperty(lookupProperty(depth0, "contractFrame"), "jurisdiction") }, "data": data, "loc": { "start": { "line": 23, "column": 36 }, "end": { "line": 23, "column": 107 } } })) != null ? stack1 : "") + "\n\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "amendments"), "description"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 29, "column": 2 }, "end": { "line": 29, "column": 3 } })).call(alias2, "contract-frame.changes", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 29, "column": 55 } } })) != null ? stack1 : "") + " " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "amendments"), "description", { "start": { "line": 29, "column": 58 }, "end": { "line": 29, "column": 80 } }), depth0)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "amendments"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 82 }, "end": { "line": 29, "column": 183 } } })) != null ? stack1 : "") + "\n";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 29, "column": 114 }, "end": { "line": 29, "column": 115 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "contract-frame.changeNotice", { "name": "t", "hash": { "notice": lookupProperty(lookupProperty(depth0, "amendments"), "noticeText") }, "data": data, "loc": { "start": { "line": 29, "column": 112 }, "end": { "line": 29, "column": 176 } } })) != null ? stack1 : "");
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 31, "column": 2 }, "end": { "line": 31, "column": 3 } })).call(alias2, "contract-frame.changes", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 31, "column": 55 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 31, "column": 58 }, "end": { "line": 31, "column": 59 } })).call(alias2, "contract-frame.providerGivesNotice", { "name": "t", "hash": { "notice": lookupProperty(lookupProperty(depth0, "amendments"), "noticeText") }, "data": data, "loc": { "start": { "line": 31, "column": 56 }, "end": { "line": 31, "column": 127 } } })) != null ? stack1 : "") + "\n";
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
    source: '{{!-- Title block, document details, the parties (or the publisher of a policy), their contacts and the term. --}}\n# {{document.title}}\n\n{{#if document.isDraft}}\n> {{t "cover.draft"}} {{t "cover.draftForDiscussion"}} {{t "cover.draftNotBinding"}}\n\n{{/if}}\n{{#if document.version}}\n- {{t "cover.version" version=document.version}}\n{{/if}}\n{{#if document.statusLabel}}\n- {{t "cover.status" status=document.statusLabel}}\n{{/if}}\n{{#if document.effectiveDateText}}\n- {{t "cover.effectiveDate" date=document.effectiveDateText}}\n{{/if}}\n{{#if document.lastUpdatedText}}\n- {{t "cover.lastUpdated" date=document.lastUpdatedText}}\n{{/if}}\n{{#if tier}}\n- {{t "cover.serviceTier" tier=tier.name}}\n{{/if}}\n- {{t "cover.reference" id=document.id}}\n\n{{> summary}}\n\n{{#if client}}\n## {{t "cover.partiesHeading"}}\n\n{{t "cover.madeBetween"}}\n\n1. {{t "cover.providerParty" name=provider.displayName address=provider.address short=provider.hasShortName shortName=provider.name}}\n2. {{t "cover.clientParty" name=client.displayName address=client.address short=client.hasShortName shortName=client.name policy=@root.document.isPolicy}}\n\n{{#if tier}}\n{{t "cover.clientTier" tier=tier.name policy=@root.document.isPolicy}}\n{{/if}}\n\n{{#if term}}\n{{#if document.effectiveDateText}}\n{{t "cover.termFrom" date=document.effectiveDateText initial=term.initialText}}\n{{else}}\n{{t "cover.term" initial=term.initialText}}\n{{/if}}\n{{#if (eq term.renewal "automatic")}}\n{{t "cover.renewsAutomatically" renewal=term.renewalText notice=term.noticeText}}\n{{/if}}\n{{#if (eq term.renewal "by-agreement")}}\n{{t "cover.continuesByAgreement" renewal=term.renewalText}}\n{{#if term.noticeText}}\n{{t "cover.endByNotice" notice=term.noticeText}}\n{{/if}}\n{{/if}}\n{{#if (eq term.renewal "none")}}\n{{t "cover.endsWithTerm"}}\n{{#if term.noticeText}}\n{{t "cover.endEarlier" notice=term.noticeText}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{else}}\n## {{t "cover.providerHeading"}}\n\n{{t "cover.publishedBy" name=provider.displayName address=provider.address short=provider.hasShortName shortName=provider.name}}\n{{/if}}\n\n{{#if contacts.length}}\n### {{t "cover.contactsHeading"}}\n\n| {{t "cover.column.party"}} | {{t "cover.column.contact"}} | {{t "cover.column.role"}} | {{t "cover.column.reach"}} |\n| --- | --- | --- | --- |\n{{#each contacts}}\n| {{party}} | {{name}}{{#if title}}, {{title}}{{/if}} | {{default roles "\u2014"}} | {{#if email}}{{email}}{{/if}}{{#if (and email phone)}}, {{/if}}{{#if phone}}{{phone}}{{/if}}{{#unless (or email phone)}}\u2014{{/unless}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "> " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 5, "column": 4 }, "end": { "line": 5, "column": 5 } })).call(alias2, "cover.draft", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 21 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 5, "column": 24 }, "end": { "line": 5, "column": 25 } })).call(alias2, "cover.draftForDiscussion", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 22 }, "end": { "line": 5, "column": 54 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 5, "column": 57 }, "end": { "line": 5, "column": 58 } })).call(alias2, "cover.draftNotBinding", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 5, "column": 55 }, "end": { "line": 5, "column": 84 } } })) != null ? stack1 : "") + "\n\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 9, "column": 4 }, "end": { "line": 9, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.version", { "name": "t", "hash": { "version": lookupProperty(lookupProperty(depth0, "document"), "version") }, "data": data, "loc": { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 48 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 12, "column": 4 }, "end": { "line": 12, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.status", { "name": "t", "hash": { "status": lookupProperty(lookupProperty(depth0, "document"), "statusLabel") }, "data": data, "loc": { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 50 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.effectiveDate", { "name": "t", "hash": { "date": lookupProperty(lookupProperty(depth0, "document"), "effectiveDateText") }, "data": data, "loc": { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 61 } } })) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 18, "column": 4 }, "end": { "line": 18, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.lastUpdated", { "name": "t", "hash": { "date": lookupProperty(lookupProperty(depth0, "document"), "lastUpdatedText") }, "data": data, "loc": { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 57 } } })) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 21, "column": 4 }, "end": { "line": 21, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.serviceTier", { "name": "t", "hash": { "tier": lookupProperty(lookupProperty(depth0, "tier"), "name") }, "data": data, "loc": { "start": { "line": 21, "column": 2 }, "end": { "line": 21, "column": 42 } } })) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 28, "column": 5 }, "end": { "line": 28, "column": 6 } })).call(alias2, "cover.partiesHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 3 }, "end": { "line": 28, "column": 31 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 30, "column": 2 }, "end": { "line": 30, "column": 3 } })).call(alias2, "cover.madeBetween", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 30, "column": 25 } } })) != null ? stack1 : "") + "\n\n1. " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 32, "column": 5 }, "end": { "line": 32, "column": 6 } })).call(alias2, "cover.providerParty", { "name": "t", "hash": { "shortName": lookupProperty(lookupProperty(depth0, "provider"), "name"), "short": lookupProperty(lookupProperty(depth0, "provider"), "hasShortName"), "address": lookupProperty(lookupProperty(depth0, "provider"), "address"), "name": lookupProperty(lookupProperty(depth0, "provider"), "displayName") }, "data": data, "loc": { "start": { "line": 32, "column": 3 }, "end": { "line": 32, "column": 133 } } })) != null ? stack1 : "") + "\n2. " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 33, "column": 5 }, "end": { "line": 33, "column": 6 } })).call(alias2, "cover.clientParty", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "shortName": lookupProperty(lookupProperty(depth0, "client"), "name"), "short": lookupProperty(lookupProperty(depth0, "client"), "hasShortName"), "address": lookupProperty(lookupProperty(depth0, "client"), "address"), "name": lookupProperty(lookupProperty(depth0, "client"), "displayName") }, "data": data, "loc": { "start": { "line": 33, "column": 3 }, "end": { "line": 33, "column": 154 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 37, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "term"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 60, "column": 7 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 36, "column": 2 }, "end": { "line": 36, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.clientTier", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "tier": lookupProperty(lookupProperty(depth0, "tier"), "name") }, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 36, "column": 70 } } })) != null ? stack1 : "") + "\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, alias2 = container.strict, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "document"), "effectiveDateText"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.program(10, data, 0), "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || alias2(depth0, "eq", { "start": { "line": 45, "column": 7 }, "end": { "line": 45, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewal"), "automatic", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 45, "column": 6 }, "end": { "line": 45, "column": 35 } } }), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || alias2(depth0, "eq", { "start": { "line": 48, "column": 7 }, "end": { "line": 48, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewal"), "by-agreement", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 6 }, "end": { "line": 48, "column": 38 } } }), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "eq") || alias2(depth0, "eq", { "start": { "line": 54, "column": 7 }, "end": { "line": 54, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "term"), "renewal"), "none", { "name": "eq", "hash": {}, "data": data, "loc": { "start": { "line": 54, "column": 6 }, "end": { "line": 54, "column": 30 } } }), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "");
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 41, "column": 2 }, "end": { "line": 41, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.termFrom", { "name": "t", "hash": { "initial": lookupProperty(lookupProperty(depth0, "term"), "initialText"), "date": lookupProperty(lookupProperty(depth0, "document"), "effectiveDateText") }, "data": data, "loc": { "start": { "line": 41, "column": 0 }, "end": { "line": 41, "column": 79 } } })) != null ? stack1 : "") + "\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.term", { "name": "t", "hash": { "initial": lookupProperty(lookupProperty(depth0, "term"), "initialText") }, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 43, "column": 43 } } })) != null ? stack1 : "") + "\n";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 46, "column": 2 }, "end": { "line": 46, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.renewsAutomatically", { "name": "t", "hash": { "notice": lookupProperty(lookupProperty(depth0, "term"), "noticeText"), "renewal": lookupProperty(lookupProperty(depth0, "term"), "renewalText") }, "data": data, "loc": { "start": { "line": 46, "column": 0 }, "end": { "line": 46, "column": 81 } } })) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 49, "column": 2 }, "end": { "line": 49, "column": 3 } })).call(alias1, "cover.continuesByAgreement", { "name": "t", "hash": { "renewal": lookupProperty(lookupProperty(depth0, "term"), "renewalText") }, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 49, "column": 59 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "term"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "");
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 51, "column": 2 }, "end": { "line": 51, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.endByNotice", { "name": "t", "hash": { "notice": lookupProperty(lookupProperty(depth0, "term"), "noticeText") }, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 51, "column": 48 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 55, "column": 2 }, "end": { "line": 55, "column": 3 } })).call(alias1, "cover.endsWithTerm", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 55, "column": 26 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "term"), "noticeText"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "");
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 2 }, "end": { "line": 57, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "cover.endEarlier", { "name": "t", "hash": { "notice": lookupProperty(lookupProperty(depth0, "term"), "noticeText") }, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 47 } } })) != null ? stack1 : "") + "\n";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 62, "column": 5 }, "end": { "line": 62, "column": 6 } })).call(alias2, "cover.providerHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 62, "column": 3 }, "end": { "line": 62, "column": 32 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 64, "column": 2 }, "end": { "line": 64, "column": 3 } })).call(alias2, "cover.publishedBy", { "name": "t", "hash": { "shortName": lookupProperty(lookupProperty(depth0, "provider"), "name"), "short": lookupProperty(lookupProperty(depth0, "provider"), "hasShortName"), "address": lookupProperty(lookupProperty(depth0, "provider"), "address"), "name": lookupProperty(lookupProperty(depth0, "provider"), "displayName") }, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 64, "column": 128 } } })) != null ? stack1 : "") + "\n";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 68, "column": 6 }, "end": { "line": 68, "column": 7 } })).call(alias2, "cover.contactsHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 4 }, "end": { "line": 68, "column": 33 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 70, "column": 4 }, "end": { "line": 70, "column": 5 } })).call(alias2, "cover.column.party", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 2 }, "end": { "line": 70, "column": 28 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 70, "column": 33 }, "end": { "line": 70, "column": 34 } })).call(alias2, "cover.column.contact", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 31 }, "end": { "line": 70, "column": 59 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 70, "column": 64 }, "end": { "line": 70, "column": 65 } })).call(alias2, "cover.column.role", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 62 }, "end": { "line": 70, "column": 87 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 70, "column": 92 }, "end": { "line": 70, "column": 93 } })).call(alias2, "cover.column.reach", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 70, "column": 90 }, "end": { "line": 70, "column": 116 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "contacts"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 74, "column": 9 } } })) != null ? stack1 : "");
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "party") || alias1(depth0, "party", { "start": { "line": 73, "column": 4 }, "end": { "line": 73, "column": 9 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "party", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 2 }, "end": { "line": 73, "column": 11 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 73, "column": 16 }, "end": { "line": 73, "column": 20 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 14 }, "end": { "line": 73, "column": 22 } } }) : helper)) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "title"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 22 }, "end": { "line": 73, "column": 53 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 73, "column": 58 }, "end": { "line": 73, "column": 65 } })).call(alias2, lookupProperty(depth0, "roles"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 56 }, "end": { "line": 73, "column": 77 } } })) != null ? stack1 : "") + " | " + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "email"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 80 }, "end": { "line": 73, "column": 109 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "and") || alias1(depth0, "and", { "start": { "line": 73, "column": 116 }, "end": { "line": 73, "column": 119 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 115 }, "end": { "line": 73, "column": 132 } } }), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 109 }, "end": { "line": 73, "column": 143 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "phone"), { "name": "if", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 143 }, "end": { "line": 73, "column": 172 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "unless").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 73, "column": 183 }, "end": { "line": 73, "column": 185 } })).call(alias2, lookupProperty(depth0, "email"), lookupProperty(depth0, "phone"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 182 }, "end": { "line": 73, "column": 198 } } }), { "name": "unless", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 172 }, "end": { "line": 73, "column": 212 } } })) != null ? stack1 : "") + " |\n";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ", " + ((stack1 = (helper = lookupProperty(helpers, "title") || container.strict(depth0, "title", { "start": { "line": 73, "column": 39 }, "end": { "line": 73, "column": 44 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 37 }, "end": { "line": 73, "column": 46 } } }) : helper)) != null ? stack1 : "");
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "email") || container.strict(depth0, "email", { "start": { "line": 73, "column": 95 }, "end": { "line": 73, "column": 100 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "email", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 93 }, "end": { "line": 73, "column": 102 } } }) : helper)) != null ? stack1 : "";
    }, "21": function(container, depth0, helpers, partials, data) {
      return ", ";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "phone") || container.strict(depth0, "phone", { "start": { "line": 73, "column": 158 }, "end": { "line": 73, "column": 163 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "phone", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 156 }, "end": { "line": 73, "column": 165 } } }) : helper)) != null ? stack1 : "";
    }, "23": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "# " + ((stack1 = container.lambda(alias1(lookupProperty(depth0, "document"), "title", { "start": { "line": 2, "column": 4 }, "end": { "line": 2, "column": 18 } }), depth0)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "document"), "isDraft"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 7, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "document"), "version"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 10, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "document"), "statusLabel"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "document"), "effectiveDateText"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "document"), "lastUpdatedText"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + "- " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 5 } })).call(alias2, "cover.reference", { "name": "t", "hash": { "id": lookupProperty(lookupProperty(depth0, "document"), "id") }, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 40 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = container.invokePartial(lookupProperty(partials, "summary"), depth0, { "name": "summary", "data": data, "helpers": helpers, "partials": partials, "decorators": container.decorators })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "client"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.program(16, data, 0), "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 65, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "contacts"), "length"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "");
    }, "usePartial": true, "useData": true }
  },
  "definitions": {
    source: `{{!-- The agreement's own definitions. Terms the agreement does not define are not defined here either. --}}
{{#if definitions.length}}
## {{t "definitions.heading"}}

{{t "definitions.intro" policy=document.isPolicy}}

{{#each definitions}}
- {{t "definitions.item" term=term meaning=meaning}}
{{/each}}
{{/if}}
`,
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias2, "definitions.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 3 } })).call(alias2, "definitions.intro", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 50 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "definitions"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 9, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "definitions.item", { "name": "t", "hash": { "meaning": lookupProperty(depth0, "meaning"), "term": lookupProperty(depth0, "term") }, "data": data, "loc": { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 52 } } })) != null ? stack1 : "") + "\n";
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
    source: '{{!-- Maintenance windows, notice, approval, testing and emergency changes. --}}\n{{#if maintenance}}\n## {{t "maintenance.heading"}}\n\n{{#if maintenance.windows.length}}\n### {{t "maintenance.windows"}}\n\n{{t "maintenance.windowsIntro"}}\n\n{{#each maintenance.windows}}\n- {{t "maintenance.window" days=days hours=hours zone=timezoneText}}\n{{/each}}\n\n{{/if}}\n{{#if maintenance.notice}}\n### {{t "maintenance.notice"}}\n\n{{t "maintenance.noticeGiven" policy=@root.document.isPolicy notice=maintenance.notice.withCalendar}}\n\n{{/if}}\n{{#if maintenance.approval}}\n### {{t "maintenance.approval"}}\n\n{{#if maintenance.approval.required}}\n{{t "maintenance.approvalRequired" policy=@root.document.isPolicy}}{{#if maintenance.approval.approver}} {{t "maintenance.approver" approver=maintenance.approval.approver}}{{/if}}\n{{else}}\n{{t "maintenance.approvalNotRequired" policy=@root.document.isPolicy}}\n{{/if}}\n{{#if maintenance.approval.description}}\n{{maintenance.approval.description}}\n{{/if}}\n\n{{/if}}\n{{#if maintenance.testing}}\n### {{t "maintenance.testing"}}\n\n{{#if maintenance.testing.required}}\n{{t "maintenance.testingRequired"}}\n{{/if}}\n{{#if maintenance.testing.description}}\n{{maintenance.testing.description}}\n{{/if}}\n{{#if maintenance.testing.evaluationSet}}\n{{#with maintenance.testing.evaluationSet}}\n{{#if size}}{{t "maintenance.evaluationSetSized" name=name size=size}}{{else}}{{t "maintenance.evaluationSet" name=name}}{{/if}} {{t "maintenance.passCriterion" criterion=passCriterion}}\n{{/with}}\n{{/if}}\n\n{{/if}}\n{{#if maintenance.emergencyChanges}}\n### {{t "maintenance.emergencyChanges"}}\n\n{{maintenance.emergencyChanges.description}}\n{{#if maintenance.emergencyChanges.notifyWithin}}\n{{t "maintenance.emergencyNotice" policy=@root.document.isPolicy within=maintenance.emergencyChanges.notifyWithin.withCalendar}}\n{{/if}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias1, "maintenance.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "windows"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 14, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "notice"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 0 }, "end": { "line": 49, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 57, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 7 } })).call(alias2, "maintenance.windows", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 31 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 3 } })).call(alias2, "maintenance.windowsIntro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 32 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "maintenance"), "windows"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 11, "column": 4 }, "end": { "line": 11, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.window", { "name": "t", "hash": { "zone": lookupProperty(depth0, "timezoneText"), "hours": lookupProperty(depth0, "hours"), "days": lookupProperty(depth0, "days") }, "data": data, "loc": { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 68 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 16, "column": 6 }, "end": { "line": 16, "column": 7 } })).call(alias2, "maintenance.notice", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 4 }, "end": { "line": 16, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 3 } })).call(alias2, "maintenance.noticeGiven", { "name": "t", "hash": { "notice": lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "notice"), "withCalendar"), "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 18, "column": 101 } } })) != null ? stack1 : "") + "\n\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 22, "column": 6 }, "end": { "line": 22, "column": 7 } })).call(alias1, "maintenance.approval", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 22, "column": 4 }, "end": { "line": 22, "column": 32 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "required"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.program(7, data, 0), "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 28, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "description"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 25, "column": 2 }, "end": { "line": 25, "column": 3 } })).call(alias1, "maintenance.approvalRequired", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 25, "column": 67 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "approver"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 67 }, "end": { "line": 25, "column": 179 } } })) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 25, "column": 107 }, "end": { "line": 25, "column": 108 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.approver", { "name": "t", "hash": { "approver": lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "approval"), "approver") }, "data": data, "loc": { "start": { "line": 25, "column": 105 }, "end": { "line": 25, "column": 172 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 27, "column": 2 }, "end": { "line": 27, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.approvalNotRequired", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 27, "column": 70 } } })) != null ? stack1 : "") + "\n";
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
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 35, "column": 6 }, "end": { "line": 35, "column": 7 } })).call(alias1, "maintenance.testing", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 4 }, "end": { "line": 35, "column": 31 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "required"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 39, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "description"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 42, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "testing"), "evaluationSet"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + "\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 38, "column": 2 }, "end": { "line": 38, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.testingRequired", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 38, "column": 35 } } })) != null ? stack1 : "") + "\n";
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
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "size"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.program(15, data, 0), "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 45, "column": 128 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 45, "column": 131 }, "end": { "line": 45, "column": 132 } })).call(alias1, "maintenance.passCriterion", { "name": "t", "hash": { "criterion": lookupProperty(depth0, "passCriterion") }, "data": data, "loc": { "start": { "line": 45, "column": 129 }, "end": { "line": 45, "column": 186 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 45, "column": 14 }, "end": { "line": 45, "column": 15 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.evaluationSetSized", { "name": "t", "hash": { "size": lookupProperty(depth0, "size"), "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 45, "column": 12 }, "end": { "line": 45, "column": 70 } } })) != null ? stack1 : "";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 45, "column": 80 }, "end": { "line": 45, "column": 81 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.evaluationSet", { "name": "t", "hash": { "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 45, "column": 78 }, "end": { "line": 45, "column": 121 } } })) != null ? stack1 : "";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 51, "column": 6 }, "end": { "line": 51, "column": 7 } })).call(alias2, "maintenance.emergencyChanges", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 4 }, "end": { "line": 51, "column": 40 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = container.lambda(alias1(lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), "description", { "start": { "line": 53, "column": 2 }, "end": { "line": 53, "column": 42 } }), depth0)) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), "notifyWithin"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 56, "column": 7 } } })) != null ? stack1 : "");
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 55, "column": 2 }, "end": { "line": 55, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "maintenance.emergencyNotice", { "name": "t", "hash": { "within": lookupProperty(lookupProperty(lookupProperty(lookupProperty(depth0, "maintenance"), "emergencyChanges"), "notifyWithin"), "withCalendar"), "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 55, "column": 128 } } })) != null ? stack1 : "") + "\n";
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
    source: '{{!-- Metrics, reports and proactive outreach. --}}\n{{#if monitoring}}\n## {{t "monitoring.heading"}}\n\n{{#if monitoring.metrics.length}}\n### {{t "monitoring.metrics"}}\n\n{{t "monitoring.metricsIntro" frequency=monitoring.reviewFrequency}}\n\n| {{t "monitoring.column.metric"}} | {{t "monitoring.column.category"}} | {{t "monitoring.column.measured"}} | {{t "monitoring.column.threshold"}} |\n| --- | --- | --- | --- |\n{{#each monitoring.metrics}}\n| {{name}} | {{category}} | {{default description "\u2014"}} | {{default threshold "\u2014"}} |\n{{/each}}\n\n{{else}}\n{{#if monitoring.reviewFrequency}}\n{{t "monitoring.reviewOnly" frequency=monitoring.reviewFrequency}}\n\n{{/if}}\n{{/if}}\n{{#if monitoring.reports.length}}\n### {{t "monitoring.reports"}}\n\n{{#each monitoring.reports}}\n{{#if deliveredWithin}}{{t "monitoring.reportWithin" name=name frequency=frequency within=deliveredWithin.withCalendar}}{{else}}{{t "monitoring.report" name=name frequency=frequency}}{{/if}}{{#if contents.length}} {{t "monitoring.reportContains"}}{{/if}}\n\n{{#if contents.length}}\n{{#each contents}}\n- {{this}}\n{{/each}}\n\n{{/if}}\n{{/each}}\n{{/if}}\n{{#if monitoring.proactiveOutreach.length}}\n### {{t "monitoring.outreach"}}\n\n{{t "monitoring.outreachIntro" policy=@root.document.isPolicy}}\n\n| {{t "monitoring.column.trigger"}} | {{t "monitoring.column.metric"}} | {{t "monitoring.column.contactedWithin" policy=@root.document.isPolicy}} |\n| --- | --- | --- |\n{{#each monitoring.proactiveOutreach}}\n| {{trigger}} | {{default metric "\u2014"}} | {{#if within}}{{within.withCalendar}}{{else}}\u2014{{/if}} |\n{{/each}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias1, "monitoring.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 29 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "monitoring"), "metrics"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(3, data, 0), "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 21, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "monitoring"), "reports"), "length"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "monitoring"), "proactiveOutreach"), "length"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 46, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 7 } })).call(alias2, "monitoring.metrics", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 8, "column": 2 }, "end": { "line": 8, "column": 3 } })).call(alias2, "monitoring.metricsIntro", { "name": "t", "hash": { "frequency": lookupProperty(lookupProperty(depth0, "monitoring"), "reviewFrequency") }, "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 8, "column": 68 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 5 } })).call(alias2, "monitoring.column.metric", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 34 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 10, "column": 39 }, "end": { "line": 10, "column": 40 } })).call(alias2, "monitoring.column.category", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 37 }, "end": { "line": 10, "column": 71 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 10, "column": 76 }, "end": { "line": 10, "column": 77 } })).call(alias2, "monitoring.column.measured", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 74 }, "end": { "line": 10, "column": 108 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 10, "column": 113 }, "end": { "line": 10, "column": 114 } })).call(alias2, "monitoring.column.threshold", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 111 }, "end": { "line": 10, "column": 146 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "monitoring"), "metrics"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 14, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 13, "column": 4 }, "end": { "line": 13, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 2 }, "end": { "line": 13, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "category") || alias1(depth0, "category", { "start": { "line": 13, "column": 15 }, "end": { "line": 13, "column": 23 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "category", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 13 }, "end": { "line": 13, "column": 25 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 13, "column": 30 }, "end": { "line": 13, "column": 37 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 28 }, "end": { "line": 13, "column": 55 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 13, "column": 60 }, "end": { "line": 13, "column": 67 } })).call(alias2, lookupProperty(depth0, "threshold"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 13, "column": 58 }, "end": { "line": 13, "column": 83 } } })) != null ? stack1 : "") + " |\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "monitoring"), "reviewFrequency"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "monitoring.reviewOnly", { "name": "t", "hash": { "frequency": lookupProperty(lookupProperty(depth0, "monitoring"), "reviewFrequency") }, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 18, "column": 66 } } })) != null ? stack1 : "") + "\n\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 23, "column": 6 }, "end": { "line": 23, "column": 7 } })).call(alias1, "monitoring.reports", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "monitoring"), "reports"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 25, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "");
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "deliveredWithin"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 26, "column": 0 }, "end": { "line": 26, "column": 190 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contents"), "length"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 26, "column": 190 }, "end": { "line": 26, "column": 254 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "contents"), "length"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 26, "column": 25 }, "end": { "line": 26, "column": 26 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "monitoring.reportWithin", { "name": "t", "hash": { "within": lookupProperty(lookupProperty(depth0, "deliveredWithin"), "withCalendar"), "frequency": lookupProperty(depth0, "frequency"), "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 26, "column": 23 }, "end": { "line": 26, "column": 120 } } })) != null ? stack1 : "";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 26, "column": 130 }, "end": { "line": 26, "column": 131 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "monitoring.report", { "name": "t", "hash": { "frequency": lookupProperty(depth0, "frequency"), "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 26, "column": 128 }, "end": { "line": 26, "column": 183 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 26, "column": 216 }, "end": { "line": 26, "column": 217 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "monitoring.reportContains", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 26, "column": 214 }, "end": { "line": 26, "column": 247 } } })) != null ? stack1 : "");
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
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 37, "column": 6 }, "end": { "line": 37, "column": 7 } })).call(alias2, "monitoring.outreach", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 4 }, "end": { "line": 37, "column": 31 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 39, "column": 2 }, "end": { "line": 39, "column": 3 } })).call(alias2, "monitoring.outreachIntro", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 39, "column": 63 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 41, "column": 4 }, "end": { "line": 41, "column": 5 } })).call(alias2, "monitoring.column.trigger", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 2 }, "end": { "line": 41, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 41, "column": 40 }, "end": { "line": 41, "column": 41 } })).call(alias2, "monitoring.column.metric", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 41, "column": 38 }, "end": { "line": 41, "column": 70 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 41, "column": 75 }, "end": { "line": 41, "column": 76 } })).call(alias2, "monitoring.column.contactedWithin", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 41, "column": 73 }, "end": { "line": 41, "column": 145 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "monitoring"), "proactiveOutreach"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 0 }, "end": { "line": 45, "column": 9 } } })) != null ? stack1 : "");
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
    source: '{{!-- The kinds of request the Client can raise, and how the support fee covers each. --}}\n{{#if requestTypes.length}}\n<!-- section: request-types -->\n## {{t "request-types.heading"}}\n\n{{t "request-types.intro"}}\n\n{{#if requestTypesHaveResponse}}\n| {{t "request-types.column.type"}} | {{t "request-types.column.covers"}} | {{t "request-types.column.coverage"}} | {{t "request-types.column.response"}} |\n| --- | --- | --- | --- |\n{{#each requestTypes}}\n| {{name}} | {{default description "\u2014"}} | {{coverageText}} | {{#if response}}{{response.shortText}}{{else}}\u2014{{/if}} |\n{{/each}}\n{{else}}\n| {{t "request-types.column.type"}} | {{t "request-types.column.covers"}} | {{t "request-types.column.coverage"}} |\n| --- | --- | --- |\n{{#each requestTypes}}\n| {{name}} | {{default description "\u2014"}} | {{coverageText}} |\n{{/each}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: request-types -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 4, "column": 5 }, "end": { "line": 4, "column": 6 } })).call(alias2, "request-types.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 32 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 6, "column": 2 }, "end": { "line": 6, "column": 3 } })).call(alias2, "request-types.intro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 6, "column": 27 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "requestTypesHaveResponse"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(5, data, 0), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 4 }, "end": { "line": 9, "column": 5 } })).call(alias2, "request-types.column.type", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 40 }, "end": { "line": 9, "column": 41 } })).call(alias2, "request-types.column.covers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 38 }, "end": { "line": 9, "column": 73 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 78 }, "end": { "line": 9, "column": 79 } })).call(alias2, "request-types.column.coverage", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 76 }, "end": { "line": 9, "column": 113 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 118 }, "end": { "line": 9, "column": 119 } })).call(alias2, "request-types.column.response", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 116 }, "end": { "line": 9, "column": 153 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "requestTypes"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "");
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
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 5 } })).call(alias2, "request-types.column.type", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 40 }, "end": { "line": 15, "column": 41 } })).call(alias2, "request-types.column.covers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 38 }, "end": { "line": 15, "column": 73 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 78 }, "end": { "line": 15, "column": 79 } })).call(alias2, "request-types.column.coverage", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 76 }, "end": { "line": 15, "column": 113 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "requestTypes"), { "name": "each", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 19, "column": 9 } } })) != null ? stack1 : "");
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
    source: '{{!-- How often, and on what, the agreement is reviewed. --}}\n{{#if review}}\n## {{t "contract-review.heading" policy=document.isPolicy}}\n\n{{t "contract-review.frequency" policy=document.isPolicy frequency=review.frequency}}\n{{#if review.participants.length}}\n{{t "contract-review.participants" participants=(list review.participants)}}\n{{/if}}\n\n{{#if review.topics.length}}\n{{t "contract-review.topics"}}\n\n{{#each review.topics}}\n- {{t "contract-review.topic" label=label description=description}}\n{{/each}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias2, "contract-review.heading", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 59 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 5, "column": 2 }, "end": { "line": 5, "column": 3 } })).call(alias2, "contract-review.frequency", { "name": "t", "hash": { "frequency": lookupProperty(lookupProperty(depth0, "review"), "frequency"), "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 5, "column": 85 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "review"), "participants"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "review"), "topics"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 16, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 7, "column": 2 }, "end": { "line": 7, "column": 3 } })).call(alias2, "contract-review.participants", { "name": "t", "hash": { "participants": (lookupProperty(helpers, "list") || alias1(depth0, "list", { "start": { "line": 7, "column": 49 }, "end": { "line": 7, "column": 53 } })).call(alias2, lookupProperty(lookupProperty(depth0, "review"), "participants"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 48 }, "end": { "line": 7, "column": 74 } } }) }, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 7, "column": 76 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 3 } })).call(alias1, "contract-review.topics", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 30 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "review"), "topics"), { "name": "each", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 9 } } })) != null ? stack1 : "");
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 14, "column": 4 }, "end": { "line": 14, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "contract-review.topic", { "name": "t", "hash": { "description": lookupProperty(depth0, "description"), "label": lookupProperty(depth0, "label") }, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 67 } } })) != null ? stack1 : "") + "\n";
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
    source: '{{!-- What support covers and what it does not. --}}\n{{#if scope}}\n<!-- section: scope -->\n## {{t "scope.heading"}}\n\n{{#if scope.included.length}}\n### {{t "scope.included"}}\n\n{{t "scope.includedIntro"}}\n\n{{#each scope.included}}\n- {{t "scope.item" label=label description=description}}\n{{/each}}\n\n{{/if}}\n{{#if scope.excluded.length}}\n### {{t "scope.excluded"}}\n\n{{t "scope.excludedIntro"}}\n{{#if changeOrders}}\n{{t "scope.changeOrder" policy=@root.document.isPolicy}}\n{{/if}}\n\n{{#each scope.excluded}}\n- {{t "scope.item" label=label description=description}}\n{{/each}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: scope -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 4, "column": 5 }, "end": { "line": 4, "column": 6 } })).call(alias1, "scope.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 4, "column": 3 }, "end": { "line": 4, "column": 24 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "scope"), "included"), "length"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "scope"), "excluded"), "length"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 27, "column": 7 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 7, "column": 6 }, "end": { "line": 7, "column": 7 } })).call(alias2, "scope.included", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 7, "column": 4 }, "end": { "line": 7, "column": 26 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 3 } })).call(alias2, "scope.includedIntro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 27 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "scope"), "included"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 13, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 12, "column": 4 }, "end": { "line": 12, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "scope.item", { "name": "t", "hash": { "description": lookupProperty(depth0, "description"), "label": lookupProperty(depth0, "label") }, "data": data, "loc": { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 56 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 17, "column": 6 }, "end": { "line": 17, "column": 7 } })).call(alias2, "scope.excluded", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 4 }, "end": { "line": 17, "column": 26 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 3 } })).call(alias2, "scope.excludedIntro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 19, "column": 27 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "changeOrders"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "scope"), "excluded"), { "name": "each", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 26, "column": 9 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 21, "column": 2 }, "end": { "line": 21, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "scope.changeOrder", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 21, "column": 56 } } })) != null ? stack1 : "") + "\n";
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
    source: '{{!-- The services covered, their components and the third-party services they depend on. --}}\n## {{t "services.heading"}}\n\n{{t "services.intro" policy=document.isPolicy count=services}}\n\n{{#if servicesHaveDetails}}\n{{#each services}}\n### {{name}}\n\n{{#if description}}\n{{description}}\n{{/if}}\n{{#if environment}}\n{{t "services.environment" environment=environment}}\n{{/if}}\n\n{{#if components.length}}\n{{t "services.components"}}\n\n| {{t "services.column.component"}} | {{t "services.column.description"}} |\n| --- | --- |\n{{#each components}}\n| {{name}} | {{default description "\u2014"}} |\n{{/each}}\n\n{{/if}}\n{{#if dependencies.length}}\n{{t "services.dependencies"}}\n\n| {{t "services.column.service"}} | {{t "services.column.type"}} | {{t "services.column.accountHeldBy"}} | {{t "services.column.notes"}} |\n| --- | --- | --- | --- |\n{{#each dependencies}}\n| {{name}} | {{kind}} | {{default ownedBy "\u2014"}} | {{default description "\u2014"}} |\n{{/each}}\n\n{{/if}}\n{{/each}}\n{{else}}\n{{#each services}}\n- **{{name}}**\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 7, "column": 0 }, "end": { "line": 37, "column": 9 } } })) != null ? stack1 : "";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 8, "column": 6 }, "end": { "line": 8, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 4 }, "end": { "line": 8, "column": 12 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 12, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "environment"), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "components"), "length"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "dependencies"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 36, "column": 7 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 15 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "services.environment", { "name": "t", "hash": { "environment": lookupProperty(depth0, "environment") }, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 52 } } })) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 18, "column": 2 }, "end": { "line": 18, "column": 3 } })).call(alias2, "services.components", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 18, "column": 27 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 20, "column": 4 }, "end": { "line": 20, "column": 5 } })).call(alias2, "services.column.component", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 2 }, "end": { "line": 20, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 20, "column": 40 }, "end": { "line": 20, "column": 41 } })).call(alias2, "services.column.description", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 20, "column": 38 }, "end": { "line": 20, "column": 73 } } })) != null ? stack1 : "") + " |\n| --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "components"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 8 } }), typeof helper === "function" ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 23, "column": 15 }, "end": { "line": 23, "column": 22 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 23, "column": 13 }, "end": { "line": 23, "column": 40 } } })) != null ? stack1 : "") + " |\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 28, "column": 2 }, "end": { "line": 28, "column": 3 } })).call(alias2, "services.dependencies", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 28, "column": 29 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 30, "column": 4 }, "end": { "line": 30, "column": 5 } })).call(alias2, "services.column.service", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 2 }, "end": { "line": 30, "column": 33 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 30, "column": 38 }, "end": { "line": 30, "column": 39 } })).call(alias2, "services.column.type", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 36 }, "end": { "line": 30, "column": 64 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 30, "column": 69 }, "end": { "line": 30, "column": 70 } })).call(alias2, "services.column.accountHeldBy", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 67 }, "end": { "line": 30, "column": 104 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 30, "column": 109 }, "end": { "line": 30, "column": 110 } })).call(alias2, "services.column.notes", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 30, "column": 107 }, "end": { "line": 30, "column": 136 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "dependencies"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 33, "column": 4 }, "end": { "line": 33, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 2 }, "end": { "line": 33, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "kind") || alias1(depth0, "kind", { "start": { "line": 33, "column": 15 }, "end": { "line": 33, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "kind", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 13 }, "end": { "line": 33, "column": 21 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 33, "column": 26 }, "end": { "line": 33, "column": 33 } })).call(alias2, lookupProperty(depth0, "ownedBy"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 24 }, "end": { "line": 33, "column": 47 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 33, "column": 52 }, "end": { "line": 33, "column": 59 } })).call(alias2, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 33, "column": 50 }, "end": { "line": 33, "column": 77 } } })) != null ? stack1 : "") + " |\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 41, "column": 9 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data) {
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
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 2, "column": 5 }, "end": { "line": 2, "column": 6 } })).call(alias2, "services.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 2, "column": 3 }, "end": { "line": 2, "column": 27 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 4, "column": 2 }, "end": { "line": 4, "column": 3 } })).call(alias2, "services.intro", { "name": "t", "hash": { "count": lookupProperty(depth0, "services"), "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 4, "column": 0 }, "end": { "line": 4, "column": 62 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "servicesHaveDetails"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(8, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 42, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "severity-levels": {
    source: `{{!-- The severity levels, how severity is assigned, and (in an agreement) the targets of the Client's tier. --}}
<!-- section: severity-levels -->
## {{t "severity-levels.heading" targets=tier}}

{{#if tier}}
### {{t "severity-levels.levelsHeading"}}

{{/if}}
{{#each severityLevels}}
- {{t "severity-levels.level" name=name appliesTo=appliesTo described=(or definition businessImpact examples.length) definition=definition impact=businessImpact examples=(sentences examples)}}
{{/each}}

{{#if tier}}
{{#if (or severityColumns.response severityColumns.update severityColumns.resolution)}}
### {{t "severity-levels.targetsHeading"}}

{{t "severity-levels.tierTimes" tier=tier.name policy=@root.document.isPolicy}}
{{#if firmness.response}}
{{firmness.response}}
{{/if}}
{{#if firmness.update}}
{{firmness.update}}
{{/if}}
{{#if firmness.resolution}}
{{firmness.resolution}}
{{/if}}
{{#if severityColumns.dashes}}
{{t "severity-levels.dash"}}
{{/if}}

| {{t "severity-levels.column.severity"}}{{#if severityColumns.response}} | {{t "severity-levels.column.response"}}{{/if}}{{#if severityColumns.update}} | {{t "severity-levels.column.updates"}}{{/if}}{{#if severityColumns.resolution}} | {{t "severity-levels.column.resolution"}}{{/if}}{{#if severityColumns.calendar}} | {{t "severity-levels.column.hours"}}{{/if}} |
| ---{{#if severityColumns.response}} | ---{{/if}}{{#if severityColumns.update}} | ---{{/if}}{{#if severityColumns.resolution}} | ---{{/if}}{{#if severityColumns.calendar}} | ---{{/if}} |
{{#each severityLevels}}
| **{{name}}**{{#if @root.severityColumns.response}} | {{#if response}}{{#if sharedCalendar}}{{response.text}}{{else}}{{response.shortText}}{{/if}}{{else}}\u2014{{/if}}{{/if}}{{#if @root.severityColumns.update}} | {{#if update}}{{#if sharedCalendar}}{{update.text}}{{else}}{{update.shortText}}{{/if}}{{else}}\u2014{{/if}}{{/if}}{{#if @root.severityColumns.resolution}} | {{#if resolution}}{{#if sharedCalendar}}{{resolution.text}}{{else}}{{resolution.shortText}}{{/if}}{{else}}\u2014{{/if}}{{/if}}{{#if @root.severityColumns.calendar}} | {{#if sharedCalendar}}{{sharedCalendar}}{{else}}{{#if (or response update resolution)}}{{t "severity-levels.cell.asShown"}}{{else}}\u2014{{/if}}{{/if}}{{/if}} |
{{/each}}

{{#if resolutionNotes.length}}
{{t "severity-levels.resolutionNotes"}}

{{#each resolutionNotes}}
- {{t "severity-levels.resolutionNote" severity=severity note=note}}
{{/each}}

{{/if}}
{{else}}
{{t "severity-levels.noTargets" tier=tier.name policy=@root.document.isPolicy}}

{{/if}}
{{else}}
{{t "severity-levels.targetsInTiers"}}

{{/if}}
{{#if severityAssignment}}

### {{t "severity-levels.assignmentHeading"}}

{{#if severityAssignment.assignedByText}}
{{severityAssignment.assignedByText}}
{{/if}}
{{#if severityAssignment.description}}
{{severityAssignment.description}}
{{/if}}

{{#if severityAssignment.matrix}}
| {{t "severity-levels.column.impact"}} |{{#each severityAssignment.matrix.urgencies}} {{this}} |{{/each}}
| --- |{{#each severityAssignment.matrix.urgencies}} --- |{{/each}}
{{#each severityAssignment.matrix.rows}}
| {{impact}} |{{#each levels}} {{this}} |{{/each}}
{{/each}}

{{/if}}
{{#if severityAssignment.reclassification}}
{{t "severity-levels.reclassification" text=severityAssignment.reclassification}}

{{/if}}
{{#if severityAssignment.disputes}}
{{t "severity-levels.disputes" text=severityAssignment.disputes}}
{{/if}}
{{/if}}
`,
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 7 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.levelsHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 41 } } })) != null ? stack1 : "") + "\n\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 10, "column": 4 }, "end": { "line": 10, "column": 5 } })).call(alias2, "severity-levels.level", { "name": "t", "hash": { "examples": (lookupProperty(helpers, "sentences") || alias1(depth0, "sentences", { "start": { "line": 10, "column": 171 }, "end": { "line": 10, "column": 180 } })).call(alias2, lookupProperty(depth0, "examples"), { "name": "sentences", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 170 }, "end": { "line": 10, "column": 190 } } }), "impact": lookupProperty(depth0, "businessImpact"), "definition": lookupProperty(depth0, "definition"), "described": (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 10, "column": 71 }, "end": { "line": 10, "column": 73 } })).call(alias2, lookupProperty(depth0, "definition"), lookupProperty(depth0, "businessImpact"), lookupProperty(lookupProperty(depth0, "examples"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 70 }, "end": { "line": 10, "column": 116 } } }), "appliesTo": lookupProperty(depth0, "appliesTo"), "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 10, "column": 2 }, "end": { "line": 10, "column": 192 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 14, "column": 7 }, "end": { "line": 14, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "severityColumns"), "response"), lookupProperty(lookupProperty(depth0, "severityColumns"), "update"), lookupProperty(lookupProperty(depth0, "severityColumns"), "resolution"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 6 }, "end": { "line": 14, "column": 85 } } }), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.program(33, data, 0), "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 48, "column": 7 } } })) != null ? stack1 : "";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 6 }, "end": { "line": 15, "column": 7 } })).call(alias2, "severity-levels.targetsHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 4 }, "end": { "line": 15, "column": 42 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 3 } })).call(alias2, "severity-levels.tierTimes", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "tier": lookupProperty(lookupProperty(depth0, "tier"), "name") }, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 17, "column": 79 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "firmness"), "response"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 18, "column": 0 }, "end": { "line": 20, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "firmness"), "update"), { "name": "if", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 23, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "firmness"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 24, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "dashes"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 29, "column": 7 } } })) != null ? stack1 : "") + "\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 31, "column": 4 }, "end": { "line": 31, "column": 5 } })).call(alias2, "severity-levels.column.severity", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 2 }, "end": { "line": 31, "column": 41 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "response"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 41 }, "end": { "line": 31, "column": 122 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 122 }, "end": { "line": 31, "column": 200 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 200 }, "end": { "line": 31, "column": 285 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "calendar"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 285 }, "end": { "line": 31, "column": 363 } } })) != null ? stack1 : "") + " |\n| ---" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "response"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 5 }, "end": { "line": 32, "column": 50 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 50 }, "end": { "line": 32, "column": 93 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 93 }, "end": { "line": 32, "column": 140 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "severityColumns"), "calendar"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 140 }, "end": { "line": 32, "column": 185 } } })) != null ? stack1 : "") + " |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "severityLevels"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 35, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "resolutionNotes"), "length"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "");
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "firmness"), "response", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 19 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "firmness"), "update", { "start": { "line": 22, "column": 2 }, "end": { "line": 22, "column": 17 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "firmness"), "resolution", { "start": { "line": 25, "column": 2 }, "end": { "line": 25, "column": 21 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 28, "column": 2 }, "end": { "line": 28, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.dash", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 28, "column": 28 } } })) != null ? stack1 : "") + "\n";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 31, "column": 78 }, "end": { "line": 31, "column": 79 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.column.response", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 76 }, "end": { "line": 31, "column": 115 } } })) != null ? stack1 : "");
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 31, "column": 157 }, "end": { "line": 31, "column": 158 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.column.updates", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 155 }, "end": { "line": 31, "column": 193 } } })) != null ? stack1 : "");
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 31, "column": 239 }, "end": { "line": 31, "column": 240 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.column.resolution", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 237 }, "end": { "line": 31, "column": 278 } } })) != null ? stack1 : "");
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 31, "column": 322 }, "end": { "line": 31, "column": 323 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.column.hours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 320 }, "end": { "line": 31, "column": 356 } } })) != null ? stack1 : "");
    }, "12": function(container, depth0, helpers, partials, data) {
      return " | ---";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| **" + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 34, "column": 6 }, "end": { "line": 34, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 4 }, "end": { "line": 34, "column": 12 } } }) : helper)) != null ? stack1 : "") + "**" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "response"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 14 }, "end": { "line": 34, "column": 170 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 170 }, "end": { "line": 34, "column": 318 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 318 }, "end": { "line": 34, "column": 482 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(data, "root"), "severityColumns"), "calendar"), { "name": "if", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 482 }, "end": { "line": 34, "column": 676 } } })) != null ? stack1 : "") + " |\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "response"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 55 }, "end": { "line": 34, "column": 163 } } })) != null ? stack1 : "");
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.program(17, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 71 }, "end": { "line": 34, "column": 147 } } })) != null ? stack1 : "";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "response"), "text", { "start": { "line": 34, "column": 95 }, "end": { "line": 34, "column": 108 } }), depth0)) != null ? stack1 : "";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "response"), "shortText", { "start": { "line": 34, "column": 120 }, "end": { "line": 34, "column": 138 } }), depth0)) != null ? stack1 : "";
    }, "18": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "update"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 209 }, "end": { "line": 34, "column": 311 } } })) != null ? stack1 : "");
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.program(22, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 223 }, "end": { "line": 34, "column": 295 } } })) != null ? stack1 : "";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "update"), "text", { "start": { "line": 34, "column": 247 }, "end": { "line": 34, "column": 258 } }), depth0)) != null ? stack1 : "";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "update"), "shortText", { "start": { "line": 34, "column": 270 }, "end": { "line": 34, "column": 286 } }), depth0)) != null ? stack1 : "";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "resolution"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 361 }, "end": { "line": 34, "column": 475 } } })) != null ? stack1 : "");
    }, "24": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.program(26, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 379 }, "end": { "line": 34, "column": 459 } } })) != null ? stack1 : "";
    }, "25": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "resolution"), "text", { "start": { "line": 34, "column": 403 }, "end": { "line": 34, "column": 418 } }), depth0)) != null ? stack1 : "";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = container.lambda(container.strict(lookupProperty(depth0, "resolution"), "shortText", { "start": { "line": 34, "column": 430 }, "end": { "line": 34, "column": 450 } }), depth0)) != null ? stack1 : "";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " | " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "sharedCalendar"), { "name": "if", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.program(29, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 523 }, "end": { "line": 34, "column": 669 } } })) != null ? stack1 : "");
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "sharedCalendar") || container.strict(depth0, "sharedCalendar", { "start": { "line": 34, "column": 547 }, "end": { "line": 34, "column": 561 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "sharedCalendar", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 545 }, "end": { "line": 34, "column": 563 } } }) : helper)) != null ? stack1 : "";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 34, "column": 578 }, "end": { "line": 34, "column": 580 } })).call(alias1, lookupProperty(depth0, "response"), lookupProperty(depth0, "update"), lookupProperty(depth0, "resolution"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 577 }, "end": { "line": 34, "column": 608 } } }), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 571 }, "end": { "line": 34, "column": 662 } } })) != null ? stack1 : "";
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 34, "column": 612 }, "end": { "line": 34, "column": 613 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.cell.asShown", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 610 }, "end": { "line": 34, "column": 646 } } })) != null ? stack1 : "";
    }, "31": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 38, "column": 2 }, "end": { "line": 38, "column": 3 } })).call(alias1, "severity-levels.resolutionNotes", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 38, "column": 39 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "resolutionNotes"), { "name": "each", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 0 }, "end": { "line": 42, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 41, "column": 4 }, "end": { "line": 41, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.resolutionNote", { "name": "t", "hash": { "note": lookupProperty(depth0, "note"), "severity": lookupProperty(depth0, "severity") }, "data": data, "loc": { "start": { "line": 41, "column": 2 }, "end": { "line": 41, "column": 68 } } })) != null ? stack1 : "") + "\n";
    }, "33": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 46, "column": 2 }, "end": { "line": 46, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.noTargets", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "tier": lookupProperty(lookupProperty(depth0, "tier"), "name") }, "data": data, "loc": { "start": { "line": 46, "column": 0 }, "end": { "line": 46, "column": 79 } } })) != null ? stack1 : "") + "\n\n";
    }, "34": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 50, "column": 2 }, "end": { "line": 50, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.targetsInTiers", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 50, "column": 38 } } })) != null ? stack1 : "") + "\n\n";
    }, "35": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "\n### " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 55, "column": 6 }, "end": { "line": 55, "column": 7 } })).call(alias1, "severity-levels.assignmentHeading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 4 }, "end": { "line": 55, "column": 45 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "assignedByText"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "description"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 71, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "reclassification"), { "name": "if", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "severityAssignment"), "disputes"), { "name": "if", "hash": {}, "fn": container.program(43, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "");
    }, "36": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "severityAssignment"), "assignedByText", { "start": { "line": 58, "column": 2 }, "end": { "line": 58, "column": 35 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "37": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "severityAssignment"), "description", { "start": { "line": 61, "column": 2 }, "end": { "line": 61, "column": 32 } }), depth0)) != null ? stack1 : "") + "\n";
    }, "38": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 65, "column": 4 }, "end": { "line": 65, "column": 5 } })).call(alias1, "severity-levels.column.impact", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 2 }, "end": { "line": 65, "column": 39 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), "urgencies"), { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 65, "column": 41 }, "end": { "line": 65, "column": 106 } } })) != null ? stack1 : "") + "\n| --- |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), "urgencies"), { "name": "each", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 66, "column": 7 }, "end": { "line": 66, "column": 67 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "severityAssignment"), "matrix"), "rows"), { "name": "each", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "39": function(container, depth0, helpers, partials, data) {
      var stack1;
      return " " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + " |";
    }, "40": function(container, depth0, helpers, partials, data) {
      return " --- |";
    }, "41": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "impact") || container.strict(depth0, "impact", { "start": { "line": 68, "column": 4 }, "end": { "line": 68, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "impact", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 68, "column": 12 } } }) : helper)) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "levels"), { "name": "each", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 68, "column": 14 }, "end": { "line": 68, "column": 50 } } })) != null ? stack1 : "") + "\n";
    }, "42": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 73, "column": 2 }, "end": { "line": 73, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.reclassification", { "name": "t", "hash": { "text": lookupProperty(lookupProperty(depth0, "severityAssignment"), "reclassification") }, "data": data, "loc": { "start": { "line": 73, "column": 0 }, "end": { "line": 73, "column": 81 } } })) != null ? stack1 : "") + "\n\n";
    }, "43": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 77, "column": 2 }, "end": { "line": 77, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "severity-levels.disputes", { "name": "t", "hash": { "text": lookupProperty(lookupProperty(depth0, "severityAssignment"), "disputes") }, "data": data, "loc": { "start": { "line": 77, "column": 0 }, "end": { "line": 77, "column": 65 } } })) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: severity-levels -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias1, "severity-levels.heading", { "name": "t", "hash": { "targets": lookupProperty(depth0, "tier") }, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 47 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 8, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "severityLevels"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 11, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0), "inverse": container.program(34, data, 0), "data": data, "loc": { "start": { "line": 13, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "severityAssignment"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 79, "column": 7 } } })) != null ? stack1 : "");
    }, "useData": true }
  },
  "signatures": {
    source: '{{!--\n  Signature block. For the PDF typesetter (src/pdf/): this is the last section, a heading ending in\n  "Signatures" followed by ONE table with exactly the columns Party | Name | Title | Signature | Date | Place\n  (in English; the heading and the column names are the signatures.* messages of locales/<language>/signatures.json).\n  Signature and Date are left empty to be signed by hand, and Place too unless the agreement names it; Name and Title are empty when the agreement\n  does not name the signatory. Typeset each row as a signature line, not as a table row.\n  A published policy has no signature block unless it lists signatures.\n--}}\n{{#if signatures.length}}\n## {{t "signatures.heading"}}\n\n{{t "signatures.intro"}}\n\n| {{t "signatures.column.party"}} | {{t "signatures.column.name"}} | {{t "signatures.column.title"}} | {{t "signatures.column.signature"}} | {{t "signatures.column.date"}} | {{t "signatures.column.place"}} |\n| --- | --- | --- | --- | --- | --- |\n{{#each signatures}}\n| {{partyName}} ({{party}}) | {{name}} | {{title}} | | | {{place}} |\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 10, "column": 5 }, "end": { "line": 10, "column": 6 } })).call(alias2, "signatures.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 10, "column": 3 }, "end": { "line": 10, "column": 29 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 3 } })).call(alias2, "signatures.intro", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 12, "column": 24 } } })) != null ? stack1 : "") + "\n\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 4 }, "end": { "line": 14, "column": 5 } })).call(alias2, "signatures.column.party", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 33 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 38 }, "end": { "line": 14, "column": 39 } })).call(alias2, "signatures.column.name", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 36 }, "end": { "line": 14, "column": 66 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 71 }, "end": { "line": 14, "column": 72 } })).call(alias2, "signatures.column.title", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 69 }, "end": { "line": 14, "column": 100 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 105 }, "end": { "line": 14, "column": 106 } })).call(alias2, "signatures.column.signature", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 103 }, "end": { "line": 14, "column": 138 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 143 }, "end": { "line": 14, "column": 144 } })).call(alias2, "signatures.column.date", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 141 }, "end": { "line": 14, "column": 171 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 14, "column": 176 }, "end": { "line": 14, "column": 177 } })).call(alias2, "signatures.column.place", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 174 }, "end": { "line": 14, "column": 205 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- | --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "signatures"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "partyName") || alias1(depth0, "partyName", { "start": { "line": 17, "column": 4 }, "end": { "line": 17, "column": 13 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "partyName", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 15 } } }) : helper)) != null ? stack1 : "") + " (" + ((stack1 = (helper = lookupProperty(helpers, "party") || alias1(depth0, "party", { "start": { "line": 17, "column": 19 }, "end": { "line": 17, "column": 24 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "party", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 17 }, "end": { "line": 17, "column": 26 } } }) : helper)) != null ? stack1 : "") + ") | " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 17, "column": 32 }, "end": { "line": 17, "column": 36 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 30 }, "end": { "line": 17, "column": 38 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "title") || alias1(depth0, "title", { "start": { "line": 17, "column": 43 }, "end": { "line": 17, "column": 48 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "title", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 41 }, "end": { "line": 17, "column": 50 } } }) : helper)) != null ? stack1 : "") + " | | | " + ((stack1 = (helper = lookupProperty(helpers, "place") || alias1(depth0, "place", { "start": { "line": 17, "column": 59 }, "end": { "line": 17, "column": 64 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "place", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 57 }, "end": { "line": 17, "column": 66 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "signatures"), "length"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 19, "column": 7 } } })) != null ? stack1 : "";
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
    source: '{{!--\n  "Your support at a glance": five questions a client asks, answered from the agreement\'s data (src/render/summary.ts),\n  each with a link to the section that governs it. Unnumbered ({-}), so the sections keep their numbers. Left out with\n  `presentation.summary: false`, in a policy, or by a custom cover.hbs that does not include it.\n--}}\n{{#if summary}}\n<!-- compact -->\n## {{t "summary.heading"}} {-}\n\n{{#if summary.note}}\n_{{summary.note}}_\n\n{{/if}}\n{{#if summary.routes.length}}\n{{t "summary.whenSomethingBreaks"}} {{t "summary.raiseThrough" linked=(and channels.length)}}\n{{else}}\n{{t "summary.whenSomethingBreaks"}} {{t "summary.noChannels" policy=document.isPolicy}}\n{{/if}}\n\n{{#each summary.routes}}\n- {{t "summary.routeSeverities" severities=severities}} {{#each channels}}{{t "summary.routeChannel" first=@first last=@last type=typeLabel address=address hours=hours}}{{/each}}\n{{/each}}\n{{#with summary.firstEscalation}}\n- {{t "summary.firstEscalation" name=name title=title reach=reach when=when}}\n{{/with}}\n\n{{#if summary.targets.length}}\n{{t "summary.howFast"}} {{t "summary.targetsOfTier" tier=summary.tierName}}\n\n{{#each summary.targets}}\n{{#if definition}}\n- {{t "summary.levelDefinition" name=name definition=definition}}\n{{/if}}\n{{/each}}\n\n| {{t "summary.column.severity"}} | {{t "summary.column.response" firmness=summary.targetFirmness.response}} |{{#if summary.targetColumns.update}} {{t "summary.column.updates" firmness=summary.targetFirmness.update}} |{{/if}}{{#if summary.targetColumns.resolution}} {{t "summary.column.resolution" firmness=summary.targetFirmness.resolution}} |{{/if}}{{#if summary.targetColumns.hours}} {{t "summary.column.hours"}} |{{/if}}\n| --- | --- |{{#if summary.targetColumns.update}} --- |{{/if}}{{#if summary.targetColumns.resolution}} --- |{{/if}}{{#if summary.targetColumns.hours}} --- |{{/if}}\n{{#each summary.targets}}\n| {{name}} | {{default response "\u2014"}} |{{#if ../summary.targetColumns.update}} {{default update "\u2014"}} |{{/if}}{{#if ../summary.targetColumns.resolution}} {{default resolution "\u2014"}} |{{/if}}{{#if ../summary.targetColumns.hours}} {{default hours "\u2014"}} |{{/if}}\n{{/each}}\n\n{{#if summary.worstCase}}\n{{summary.worstCase}}\n\n{{/if}}\n{{else}}\n{{#if tierComparison}}\n{{t "summary.howFast"}} {{t "summary.targetsInComparison"}}\n\n{{else}}\n{{t "summary.howFast"}} {{t "summary.noTargets" policy=document.isPolicy}}\n\n{{/if}}\n{{/if}}\n{{t "summary.included"}}{{#if (or summary.included.length summary.includedRequests.length summary.cappedRequests.length)}}{{#if summary.included.length}} {{list summary.included}}{{#if scope}} ([\xA7](#section:scope)){{/if}}.{{/if}}{{#if (or summary.includedRequests.length summary.cappedRequests.length)}} {{t "summary.requests"}}{{#if summary.includedRequests.length}} {{list summary.includedRequests}}{{/if}}{{#each summary.cappedRequests}}{{t "summary.cappedRequest" after=(or (not @first) @root.summary.includedRequests.length) name=name coverage=coverageText}}{{/each}}.{{/if}}{{else}} {{t "summary.includedNotDefined" policy=document.isPolicy}}{{/if}}\n\n{{t "summary.separateWork"}}{{#if (or summary.excluded.length summary.changeOrderRequests.length summary.changeOrder)}}{{#if summary.excluded.length}} {{t "summary.notIncluded" items=(list summary.excluded) linked=(and scope)}}{{/if}}{{#if summary.changeOrderRequests.length}} {{t "summary.changeOrders" requests=(list summary.changeOrderRequests)}}{{/if}}{{#with summary.changeOrder}} {{t "summary.howAgreed"}}{{#if threshold}} {{threshold}}{{/if}}{{#if estimateWithin}} {{t "summary.estimateWithin" time=estimateWithin}}{{/if}}{{#if rate}} {{t "summary.chargedAt" rate=rate}}{{/if}}{{/with}}{{else}} {{t "summary.separateWorkNotDefined" policy=document.isPolicy}}{{/if}}\n\n{{#if summary.duties.length}}\n{{t "summary.yourSide"}} {{t "summary.dutiesOf" policy=document.isPolicy}}\n\n{{#each summary.duties}}\n- [ ] {{t "summary.duty" label=label description=description}}\n{{/each}}\n{{else}}\n{{t "summary.yourSide"}} {{t "summary.dutiesNotDefined" policy=document.isPolicy}}\n{{/if}}\n\n<!-- /compact -->\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- compact -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 8, "column": 5 }, "end": { "line": 8, "column": 6 } })).call(alias2, "summary.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 3 }, "end": { "line": 8, "column": 26 } } })) != null ? stack1 : "") + " {-}\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "note"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 13, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "routes"), "length"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.program(3, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "routes"), { "name": "each", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 20, "column": 0 }, "end": { "line": 22, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "with").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "firstEscalation"), { "name": "with", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 23, "column": 0 }, "end": { "line": 25, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targets"), "length"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.program(19, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 54, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 55, "column": 2 }, "end": { "line": 55, "column": 3 } })).call(alias2, "summary.included", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 55, "column": 24 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 55, "column": 31 }, "end": { "line": 55, "column": 33 } })).call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "included"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 30 }, "end": { "line": 55, "column": 120 } } }), { "name": "if", "hash": {}, "fn": container.program(22, data, 0, blockParams, depths), "inverse": container.program(28, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 55, "column": 24 }, "end": { "line": 55, "column": 655 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 57, "column": 2 }, "end": { "line": 57, "column": 3 } })).call(alias2, "summary.separateWork", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 28 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 57, "column": 35 }, "end": { "line": 57, "column": 37 } })).call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "excluded"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "changeOrderRequests"), "length"), lookupProperty(lookupProperty(depth0, "summary"), "changeOrder"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 34 }, "end": { "line": 57, "column": 117 } } }), { "name": "if", "hash": {}, "fn": container.program(29, data, 0, blockParams, depths), "inverse": container.program(36, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 57, "column": 28 }, "end": { "line": 57, "column": 672 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "duties"), "length"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0, blockParams, depths), "inverse": container.program(39, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 59, "column": 0 }, "end": { "line": 67, "column": 7 } } })) != null ? stack1 : "") + "\n<!-- /compact -->\n";
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "_" + ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "summary"), "note", { "start": { "line": 11, "column": 3 }, "end": { "line": 11, "column": 15 } }), depth0)) != null ? stack1 : "") + "_\n\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 3 } })).call(alias2, "summary.whenSomethingBreaks", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 15, "column": 35 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 38 }, "end": { "line": 15, "column": 39 } })).call(alias2, "summary.raiseThrough", { "name": "t", "hash": { "linked": (lookupProperty(helpers, "and") || alias1(depth0, "and", { "start": { "line": 15, "column": 71 }, "end": { "line": 15, "column": 74 } })).call(alias2, lookupProperty(lookupProperty(depth0, "channels"), "length"), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 70 }, "end": { "line": 15, "column": 91 } } }) }, "data": data, "loc": { "start": { "line": 15, "column": 36 }, "end": { "line": 15, "column": 93 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 3 } })).call(alias2, "summary.whenSomethingBreaks", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 17, "column": 35 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 17, "column": 38 }, "end": { "line": 17, "column": 39 } })).call(alias2, "summary.noChannels", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 17, "column": 36 }, "end": { "line": 17, "column": 87 } } })) != null ? stack1 : "") + "\n";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 21, "column": 4 }, "end": { "line": 21, "column": 5 } })).call(alias1, "summary.routeSeverities", { "name": "t", "hash": { "severities": lookupProperty(depth0, "severities") }, "data": data, "loc": { "start": { "line": 21, "column": 2 }, "end": { "line": 21, "column": 55 } } })) != null ? stack1 : "") + " " + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "channels"), { "name": "each", "hash": {}, "fn": container.program(5, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 56 }, "end": { "line": 21, "column": 178 } } })) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 21, "column": 76 }, "end": { "line": 21, "column": 77 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.routeChannel", { "name": "t", "hash": { "hours": lookupProperty(depth0, "hours"), "address": lookupProperty(depth0, "address"), "type": lookupProperty(depth0, "typeLabel"), "last": lookupProperty(data, "last"), "first": lookupProperty(data, "first") }, "data": data, "loc": { "start": { "line": 21, "column": 74 }, "end": { "line": 21, "column": 169 } } })) != null ? stack1 : "";
    }, "6": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 24, "column": 4 }, "end": { "line": 24, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.firstEscalation", { "name": "t", "hash": { "when": lookupProperty(depth0, "when"), "reach": lookupProperty(depth0, "reach"), "title": lookupProperty(depth0, "title"), "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 24, "column": 2 }, "end": { "line": 24, "column": 77 } } })) != null ? stack1 : "") + "\n";
    }, "7": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 28, "column": 2 }, "end": { "line": 28, "column": 3 } })).call(alias2, "summary.howFast", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 28, "column": 23 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 28, "column": 26 }, "end": { "line": 28, "column": 27 } })).call(alias2, "summary.targetsOfTier", { "name": "t", "hash": { "tier": lookupProperty(lookupProperty(depth0, "summary"), "tierName") }, "data": data, "loc": { "start": { "line": 28, "column": 24 }, "end": { "line": 28, "column": 75 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "targets"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 34, "column": 9 } } })) != null ? stack1 : "") + "\n| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 36, "column": 4 }, "end": { "line": 36, "column": 5 } })).call(alias2, "summary.column.severity", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 2 }, "end": { "line": 36, "column": 33 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 36, "column": 38 }, "end": { "line": 36, "column": 39 } })).call(alias2, "summary.column.response", { "name": "t", "hash": { "firmness": lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "response") }, "data": data, "loc": { "start": { "line": 36, "column": 36 }, "end": { "line": 36, "column": 108 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(10, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 110 }, "end": { "line": 36, "column": 225 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 225 }, "end": { "line": 36, "column": 351 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "hours"), { "name": "if", "hash": {}, "fn": container.program(12, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 351 }, "end": { "line": 36, "column": 424 } } })) != null ? stack1 : "") + "\n| --- | --- |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 13 }, "end": { "line": 37, "column": 62 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 62 }, "end": { "line": 37, "column": 115 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetColumns"), "hours"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 115 }, "end": { "line": 37, "column": 163 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "targets"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 38, "column": 0 }, "end": { "line": 40, "column": 9 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "worstCase"), { "name": "if", "hash": {}, "fn": container.program(18, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 45, "column": 7 } } })) != null ? stack1 : "");
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "definition"), { "name": "if", "hash": {}, "fn": container.program(9, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 0 }, "end": { "line": 33, "column": 7 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 32, "column": 4 }, "end": { "line": 32, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.levelDefinition", { "name": "t", "hash": { "definition": lookupProperty(depth0, "definition"), "name": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 32, "column": 2 }, "end": { "line": 32, "column": 65 } } })) != null ? stack1 : "") + "\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 36, "column": 149 }, "end": { "line": 36, "column": 150 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.column.updates", { "name": "t", "hash": { "firmness": lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "update") }, "data": data, "loc": { "start": { "line": 36, "column": 147 }, "end": { "line": 36, "column": 216 } } })) != null ? stack1 : "") + " |";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 36, "column": 268 }, "end": { "line": 36, "column": 269 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.column.resolution", { "name": "t", "hash": { "firmness": lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "targetFirmness"), "resolution") }, "data": data, "loc": { "start": { "line": 36, "column": 266 }, "end": { "line": 36, "column": 342 } } })) != null ? stack1 : "") + " |";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 36, "column": 389 }, "end": { "line": 36, "column": 390 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.column.hours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 36, "column": 387 }, "end": { "line": 36, "column": 415 } } })) != null ? stack1 : "") + " |";
    }, "13": function(container, depth0, helpers, partials, data) {
      return " --- |";
    }, "14": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 39, "column": 4 }, "end": { "line": 39, "column": 8 } }), typeof helper === "function" ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 2 }, "end": { "line": 39, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "default") || alias1(depth0, "default", { "start": { "line": 39, "column": 15 }, "end": { "line": 39, "column": 22 } })).call(alias2, lookupProperty(depth0, "response"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 13 }, "end": { "line": 39, "column": 37 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depths[1], "summary"), "targetColumns"), "update"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 39 }, "end": { "line": 39, "column": 110 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depths[1], "summary"), "targetColumns"), "resolution"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 110 }, "end": { "line": 39, "column": 189 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(lookupProperty(depths[1], "summary"), "targetColumns"), "hours"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 189 }, "end": { "line": 39, "column": 258 } } })) != null ? stack1 : "") + "\n";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 39, "column": 81 }, "end": { "line": 39, "column": 88 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "update"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 79 }, "end": { "line": 39, "column": 101 } } })) != null ? stack1 : "") + " |";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 39, "column": 156 }, "end": { "line": 39, "column": 163 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "resolution"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 154 }, "end": { "line": 39, "column": 180 } } })) != null ? stack1 : "") + " |";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 39, "column": 230 }, "end": { "line": 39, "column": 237 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 39, "column": 228 }, "end": { "line": 39, "column": 249 } } })) != null ? stack1 : "") + " |";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = container.lambda(container.strict(lookupProperty(depth0, "summary"), "worstCase", { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 19 } }), depth0)) != null ? stack1 : "") + "\n\n";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tierComparison"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.program(21, data, 0), "data": data, "loc": { "start": { "line": 47, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 48, "column": 2 }, "end": { "line": 48, "column": 3 } })).call(alias2, "summary.howFast", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 48, "column": 23 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 48, "column": 26 }, "end": { "line": 48, "column": 27 } })).call(alias2, "summary.targetsInComparison", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 48, "column": 24 }, "end": { "line": 48, "column": 59 } } })) != null ? stack1 : "") + "\n\n";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 51, "column": 2 }, "end": { "line": 51, "column": 3 } })).call(alias2, "summary.howFast", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 51, "column": 23 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 51, "column": 26 }, "end": { "line": 51, "column": 27 } })).call(alias2, "summary.noTargets", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 51, "column": 24 }, "end": { "line": 51, "column": 74 } } })) != null ? stack1 : "") + "\n\n";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "included"), "length"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 122 }, "end": { "line": 55, "column": 229 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 55, "column": 236 }, "end": { "line": 55, "column": 238 } })).call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), "length"), lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 235 }, "end": { "line": 55, "column": 301 } } }), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 229 }, "end": { "line": 55, "column": 580 } } })) != null ? stack1 : "");
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 55, "column": 156 }, "end": { "line": 55, "column": 160 } })).call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "included"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 154 }, "end": { "line": 55, "column": 179 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "scope"), { "name": "if", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 179 }, "end": { "line": 55, "column": 221 } } })) != null ? stack1 : "") + ".";
    }, "24": function(container, depth0, helpers, partials, data) {
      return " ([\xA7](#section:scope))";
    }, "25": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 55, "column": 306 }, "end": { "line": 55, "column": 307 } })).call(alias1, "summary.requests", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 304 }, "end": { "line": 55, "column": 328 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), "length"), { "name": "if", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 328 }, "end": { "line": 55, "column": 408 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "cappedRequests"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 408 }, "end": { "line": 55, "column": 572 } } })) != null ? stack1 : "") + ".";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "list") || container.strict(depth0, "list", { "start": { "line": 55, "column": 370 }, "end": { "line": 55, "column": 374 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(lookupProperty(depth0, "summary"), "includedRequests"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 368 }, "end": { "line": 55, "column": 401 } } })) != null ? stack1 : "");
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 55, "column": 442 }, "end": { "line": 55, "column": 443 } })).call(alias2, "summary.cappedRequest", { "name": "t", "hash": { "coverage": lookupProperty(depth0, "coverageText"), "name": lookupProperty(depth0, "name"), "after": (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 55, "column": 475 }, "end": { "line": 55, "column": 477 } })).call(alias2, (lookupProperty(helpers, "not") || alias1(depth0, "not", { "start": { "line": 55, "column": 479 }, "end": { "line": 55, "column": 482 } })).call(alias2, lookupProperty(data, "first"), { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 478 }, "end": { "line": 55, "column": 490 } } }), lookupProperty(lookupProperty(lookupProperty(lookupProperty(data, "root"), "summary"), "includedRequests"), "length"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 55, "column": 474 }, "end": { "line": 55, "column": 529 } } }) }, "data": data, "loc": { "start": { "line": 55, "column": 440 }, "end": { "line": 55, "column": 563 } } })) != null ? stack1 : "";
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 55, "column": 591 }, "end": { "line": 55, "column": 592 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.includedNotDefined", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 55, "column": 589 }, "end": { "line": 55, "column": 648 } } })) != null ? stack1 : "");
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "excluded"), "length"), { "name": "if", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 119 }, "end": { "line": 57, "column": 234 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(lookupProperty(depth0, "summary"), "changeOrderRequests"), "length"), { "name": "if", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 234 }, "end": { "line": 57, "column": 356 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "with").call(alias1, lookupProperty(lookupProperty(depth0, "summary"), "changeOrder"), { "name": "with", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 356 }, "end": { "line": 57, "column": 593 } } })) != null ? stack1 : "");
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 57, "column": 153 }, "end": { "line": 57, "column": 154 } })).call(alias2, "summary.notIncluded", { "name": "t", "hash": { "linked": (lookupProperty(helpers, "and") || alias1(depth0, "and", { "start": { "line": 57, "column": 215 }, "end": { "line": 57, "column": 218 } })).call(alias2, lookupProperty(depth0, "scope"), { "name": "and", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 214 }, "end": { "line": 57, "column": 225 } } }), "items": (lookupProperty(helpers, "list") || alias1(depth0, "list", { "start": { "line": 57, "column": 184 }, "end": { "line": 57, "column": 188 } })).call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "excluded"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 183 }, "end": { "line": 57, "column": 206 } } }) }, "data": data, "loc": { "start": { "line": 57, "column": 151 }, "end": { "line": 57, "column": 227 } } })) != null ? stack1 : "");
    }, "31": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 57, "column": 279 }, "end": { "line": 57, "column": 280 } })).call(alias2, "summary.changeOrders", { "name": "t", "hash": { "requests": (lookupProperty(helpers, "list") || alias1(depth0, "list", { "start": { "line": 57, "column": 314 }, "end": { "line": 57, "column": 318 } })).call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "changeOrderRequests"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 313 }, "end": { "line": 57, "column": 347 } } }) }, "data": data, "loc": { "start": { "line": 57, "column": 277 }, "end": { "line": 57, "column": 349 } } })) != null ? stack1 : "");
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 388 }, "end": { "line": 57, "column": 389 } })).call(alias1, "summary.howAgreed", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 386 }, "end": { "line": 57, "column": 411 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "threshold"), { "name": "if", "hash": {}, "fn": container.program(33, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 411 }, "end": { "line": 57, "column": 449 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "estimateWithin"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 449 }, "end": { "line": 57, "column": 529 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "rate"), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 57, "column": 529 }, "end": { "line": 57, "column": 584 } } })) != null ? stack1 : "");
    }, "33": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (helper = lookupProperty(helpers, "threshold") || container.strict(depth0, "threshold", { "start": { "line": 57, "column": 431 }, "end": { "line": 57, "column": 440 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "threshold", "hash": {}, "data": data, "loc": { "start": { "line": 57, "column": 429 }, "end": { "line": 57, "column": 442 } } }) : helper)) != null ? stack1 : "");
    }, "34": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 474 }, "end": { "line": 57, "column": 475 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.estimateWithin", { "name": "t", "hash": { "time": lookupProperty(depth0, "estimateWithin") }, "data": data, "loc": { "start": { "line": 57, "column": 472 }, "end": { "line": 57, "column": 522 } } })) != null ? stack1 : "");
    }, "35": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 544 }, "end": { "line": 57, "column": 545 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.chargedAt", { "name": "t", "hash": { "rate": lookupProperty(depth0, "rate") }, "data": data, "loc": { "start": { "line": 57, "column": 542 }, "end": { "line": 57, "column": 577 } } })) != null ? stack1 : "");
    }, "36": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 604 }, "end": { "line": 57, "column": 605 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.separateWorkNotDefined", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 57, "column": 602 }, "end": { "line": 57, "column": 665 } } })) != null ? stack1 : "");
    }, "37": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 60, "column": 2 }, "end": { "line": 60, "column": 3 } })).call(alias2, "summary.yourSide", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 60, "column": 24 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 60, "column": 27 }, "end": { "line": 60, "column": 28 } })).call(alias2, "summary.dutiesOf", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 60, "column": 25 }, "end": { "line": 60, "column": 74 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(lookupProperty(depth0, "summary"), "duties"), { "name": "each", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 64, "column": 9 } } })) != null ? stack1 : "");
    }, "38": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- [ ] " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 63, "column": 8 }, "end": { "line": 63, "column": 9 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "summary.duty", { "name": "t", "hash": { "description": lookupProperty(depth0, "description"), "label": lookupProperty(depth0, "label") }, "data": data, "loc": { "start": { "line": 63, "column": 6 }, "end": { "line": 63, "column": 62 } } })) != null ? stack1 : "") + "\n";
    }, "39": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 66, "column": 2 }, "end": { "line": 66, "column": 3 } })).call(alias2, "summary.yourSide", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 66, "column": 0 }, "end": { "line": 66, "column": 24 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 66, "column": 27 }, "end": { "line": 66, "column": 28 } })).call(alias2, "summary.dutiesNotDefined", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(depth0, "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 66, "column": 25 }, "end": { "line": 66, "column": 82 } } })) != null ? stack1 : "") + "\n";
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
    source: '{{!-- One subsection per calendar: weekly hours, time zones and holidays. --}}\n{{#if calendars.length}}\n## {{t "support-hours.heading"}}\n\n{{#each calendars}}\n### {{name}}\n\n{{#if alwaysOpen}}\n{{t "support-hours.alwaysOpen"}} {{t "support-hours.timezone" zone=timezoneText iana=timezoneIana}}\n{{else}}\n{{#if hoursUnstated}}\n{{t "support-hours.timezone" zone=timezoneText iana=timezoneIana}} {{t "support-hours.hoursNotStated" description=description}}\n{{else}}\n{{#if zoneWeekly.length}}\n{{t "support-hours.timezones" zones=timezoneText iana=timezoneIana}} {{t "support-hours.openInAny"}}\n{{#if description}}\n{{description}}\n{{/if}}\n{{t "support-hours.workingHours"}}\n\n{{#each zoneWeekly}}\n{{#each weekly}}\n- {{t "support-hours.weeklyInZone" days=days windows=windows zone=../timezoneText}}\n{{/each}}\n{{/each}}\n{{else}}\n{{#if (gt timezones.length 1)}}\n{{t "support-hours.timezones" zones=timezoneText iana=timezoneIana}} {{t "support-hours.sameHoursInEach"}}\n{{else}}\n{{t "support-hours.timezone" zone=timezoneText iana=timezoneIana}}\n{{/if}}\n{{#if description}}\n{{description}}\n{{/if}}\n{{t "support-hours.workingHours"}}\n\n{{#each weekly}}\n- {{t "support-hours.weekly" days=days windows=windows}}\n{{/each}}\n{{/if}}\n\n{{t "support-hours.closedOtherwise"}}\n{{/if}}\n{{/if}}\n{{#if usedByTier}}\n{{t "support-hours.tierHours" policy=@root.document.isPolicy}}\n{{/if}}\n\n{{#if hasHolidays}}\n{{#if holidaySets.length}}\n{{t "support-hours.holidaySets" sets=(list holidaySets)}}\n{{/if}}\n{{#if holidaysOf}}\n{{t "support-hours.holidaysOf" of=holidaysOf description=holidaysDescription}}\n{{else}}\n{{#if holidaysDescription}}\n{{t "support-hours.holidaysDescribed" description=holidaysDescription}}\n{{/if}}\n{{/if}}\n{{#if holidayFiles.length}}\n{{t "support-hours.holidayFiles" count=holidayFiles files=(list holidayFiles)}}\n{{/if}}\n\n{{#if recurringHolidays.length}}\n| {{t "support-hours.column.holiday"}} | {{t "support-hours.column.when"}} | {{t "support-hours.column.hours"}} |\n| --- | --- | --- |\n{{#each recurringHolidays}}\n| {{name}} | {{when}} | {{hoursText}} |\n{{/each}}\n\n{{/if}}\n{{#if holidays.length}}\n| {{t "support-hours.column.date"}} | {{t "support-hours.column.holiday"}} | {{t "support-hours.column.hours"}} |\n| --- | --- | --- |\n{{#each holidays}}\n| {{dateText}} | {{name}} | {{hoursText}} |\n{{/each}}\n\n{{/if}}\n{{/if}}\n{{/each}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 3, "column": 5 }, "end": { "line": 3, "column": 6 } })).call(alias1, "support-hours.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 3, "column": 3 }, "end": { "line": 3, "column": 32 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "calendars"), { "name": "each", "hash": {}, "fn": container.program(1, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 5, "column": 0 }, "end": { "line": 81, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "### " + ((stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 6, "column": 6 }, "end": { "line": 6, "column": 10 } }), typeof helper === "function" ? helper.call(alias1, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 6, "column": 4 }, "end": { "line": 6, "column": 12 } } }) : helper)) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "alwaysOpen"), { "name": "if", "hash": {}, "fn": container.program(2, data, 0, blockParams, depths), "inverse": container.program(3, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 8, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "usedByTier"), { "name": "if", "hash": {}, "fn": container.program(14, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "hasHolidays"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 0 }, "end": { "line": 80, "column": 7 } } })) != null ? stack1 : "");
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 2 }, "end": { "line": 9, "column": 3 } })).call(alias2, "support-hours.alwaysOpen", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 9, "column": 0 }, "end": { "line": 9, "column": 32 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 9, "column": 35 }, "end": { "line": 9, "column": 36 } })).call(alias2, "support-hours.timezone", { "name": "t", "hash": { "iana": lookupProperty(depth0, "timezoneIana"), "zone": lookupProperty(depth0, "timezoneText") }, "data": data, "loc": { "start": { "line": 9, "column": 33 }, "end": { "line": 9, "column": 99 } } })) != null ? stack1 : "") + "\n";
    }, "3": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "hoursUnstated"), { "name": "if", "hash": {}, "fn": container.program(4, data, 0, blockParams, depths), "inverse": container.program(5, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 43, "column": 7 } } })) != null ? stack1 : "";
    }, "4": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 3 } })).call(alias2, "support-hours.timezone", { "name": "t", "hash": { "iana": lookupProperty(depth0, "timezoneIana"), "zone": lookupProperty(depth0, "timezoneText") }, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 12, "column": 66 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 12, "column": 69 }, "end": { "line": 12, "column": 70 } })).call(alias2, "support-hours.hoursNotStated", { "name": "t", "hash": { "description": lookupProperty(depth0, "description") }, "data": data, "loc": { "start": { "line": 12, "column": 67 }, "end": { "line": 12, "column": 127 } } })) != null ? stack1 : "") + "\n";
    }, "5": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "zoneWeekly"), "length"), { "name": "if", "hash": {}, "fn": container.program(6, data, 0, blockParams, depths), "inverse": container.program(10, data, 0, blockParams, depths), "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 40, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 42, "column": 2 }, "end": { "line": 42, "column": 3 } })).call(alias1, "support-hours.closedOtherwise", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 42, "column": 37 } } })) != null ? stack1 : "") + "\n";
    }, "6": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 2 }, "end": { "line": 15, "column": 3 } })).call(alias2, "support-hours.timezones", { "name": "t", "hash": { "iana": lookupProperty(depth0, "timezoneIana"), "zones": lookupProperty(depth0, "timezoneText") }, "data": data, "loc": { "start": { "line": 15, "column": 0 }, "end": { "line": 15, "column": 68 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 15, "column": 71 }, "end": { "line": 15, "column": 72 } })).call(alias2, "support-hours.openInAny", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 15, "column": 69 }, "end": { "line": 15, "column": 100 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 18, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 19, "column": 2 }, "end": { "line": 19, "column": 3 } })).call(alias2, "support-hours.workingHours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 19, "column": 0 }, "end": { "line": 19, "column": 34 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "zoneWeekly"), { "name": "each", "hash": {}, "fn": container.program(8, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 21, "column": 0 }, "end": { "line": 25, "column": 9 } } })) != null ? stack1 : "");
    }, "7": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (helper = lookupProperty(helpers, "description") || container.strict(depth0, "description", { "start": { "line": 17, "column": 2 }, "end": { "line": 17, "column": 13 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "description", "hash": {}, "data": data, "loc": { "start": { "line": 17, "column": 0 }, "end": { "line": 17, "column": 15 } } }) : helper)) != null ? stack1 : "") + "\n";
    }, "8": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "each").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "weekly"), { "name": "each", "hash": {}, "fn": container.program(9, data, 0, blockParams, depths), "inverse": container.noop, "data": data, "loc": { "start": { "line": 22, "column": 0 }, "end": { "line": 24, "column": 9 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data, blockParams, depths) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 23, "column": 4 }, "end": { "line": 23, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "support-hours.weeklyInZone", { "name": "t", "hash": { "zone": lookupProperty(depths[1], "timezoneText"), "windows": lookupProperty(depth0, "windows"), "days": lookupProperty(depth0, "days") }, "data": data, "loc": { "start": { "line": 23, "column": 2 }, "end": { "line": 23, "column": 83 } } })) != null ? stack1 : "") + "\n";
    }, "10": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "gt") || alias1(depth0, "gt", { "start": { "line": 27, "column": 7 }, "end": { "line": 27, "column": 9 } })).call(alias2, lookupProperty(lookupProperty(depth0, "timezones"), "length"), 1, { "name": "gt", "hash": {}, "data": data, "loc": { "start": { "line": 27, "column": 6 }, "end": { "line": 27, "column": 29 } } }), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.program(12, data, 0), "data": data, "loc": { "start": { "line": 27, "column": 0 }, "end": { "line": 31, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "description"), { "name": "if", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 32, "column": 0 }, "end": { "line": 34, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 35, "column": 2 }, "end": { "line": 35, "column": 3 } })).call(alias2, "support-hours.workingHours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 35, "column": 0 }, "end": { "line": 35, "column": 34 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "weekly"), { "name": "each", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 0 }, "end": { "line": 39, "column": 9 } } })) != null ? stack1 : "");
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 28, "column": 2 }, "end": { "line": 28, "column": 3 } })).call(alias2, "support-hours.timezones", { "name": "t", "hash": { "iana": lookupProperty(depth0, "timezoneIana"), "zones": lookupProperty(depth0, "timezoneText") }, "data": data, "loc": { "start": { "line": 28, "column": 0 }, "end": { "line": 28, "column": 68 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 28, "column": 71 }, "end": { "line": 28, "column": 72 } })).call(alias2, "support-hours.sameHoursInEach", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 69 }, "end": { "line": 28, "column": 106 } } })) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 30, "column": 2 }, "end": { "line": 30, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "support-hours.timezone", { "name": "t", "hash": { "iana": lookupProperty(depth0, "timezoneIana"), "zone": lookupProperty(depth0, "timezoneText") }, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 30, "column": 66 } } })) != null ? stack1 : "") + "\n";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 38, "column": 4 }, "end": { "line": 38, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "support-hours.weekly", { "name": "t", "hash": { "windows": lookupProperty(depth0, "windows"), "days": lookupProperty(depth0, "days") }, "data": data, "loc": { "start": { "line": 38, "column": 2 }, "end": { "line": 38, "column": 56 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 46, "column": 2 }, "end": { "line": 46, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "support-hours.tierHours", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 46, "column": 0 }, "end": { "line": 46, "column": 62 } } })) != null ? stack1 : "") + "\n";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holidaySets"), "length"), { "name": "if", "hash": {}, "fn": container.program(16, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 50, "column": 0 }, "end": { "line": 52, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(depth0, "holidaysOf"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.program(18, data, 0), "data": data, "loc": { "start": { "line": 53, "column": 0 }, "end": { "line": 59, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holidayFiles"), "length"), { "name": "if", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 60, "column": 0 }, "end": { "line": 62, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "recurringHolidays"), "length"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 64, "column": 0 }, "end": { "line": 71, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias1, lookupProperty(lookupProperty(depth0, "holidays"), "length"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 72, "column": 0 }, "end": { "line": 79, "column": 7 } } })) != null ? stack1 : "");
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 51, "column": 2 }, "end": { "line": 51, "column": 3 } })).call(alias2, "support-hours.holidaySets", { "name": "t", "hash": { "sets": (lookupProperty(helpers, "list") || alias1(depth0, "list", { "start": { "line": 51, "column": 38 }, "end": { "line": 51, "column": 42 } })).call(alias2, lookupProperty(depth0, "holidaySets"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 51, "column": 37 }, "end": { "line": 51, "column": 55 } } }) }, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 51, "column": 57 } } })) != null ? stack1 : "") + "\n";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 54, "column": 2 }, "end": { "line": 54, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "support-hours.holidaysOf", { "name": "t", "hash": { "description": lookupProperty(depth0, "holidaysDescription"), "of": lookupProperty(depth0, "holidaysOf") }, "data": data, "loc": { "start": { "line": 54, "column": 0 }, "end": { "line": 54, "column": 78 } } })) != null ? stack1 : "") + "\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "holidaysDescription"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 2 }, "end": { "line": 57, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "support-hours.holidaysDescribed", { "name": "t", "hash": { "description": lookupProperty(depth0, "holidaysDescription") }, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 71 } } })) != null ? stack1 : "") + "\n";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 61, "column": 2 }, "end": { "line": 61, "column": 3 } })).call(alias2, "support-hours.holidayFiles", { "name": "t", "hash": { "files": (lookupProperty(helpers, "list") || alias1(depth0, "list", { "start": { "line": 61, "column": 59 }, "end": { "line": 61, "column": 63 } })).call(alias2, lookupProperty(depth0, "holidayFiles"), { "name": "list", "hash": {}, "data": data, "loc": { "start": { "line": 61, "column": 58 }, "end": { "line": 61, "column": 77 } } }), "count": lookupProperty(depth0, "holidayFiles") }, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 61, "column": 79 } } })) != null ? stack1 : "") + "\n";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 65, "column": 4 }, "end": { "line": 65, "column": 5 } })).call(alias2, "support-hours.column.holiday", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 2 }, "end": { "line": 65, "column": 38 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 65, "column": 43 }, "end": { "line": 65, "column": 44 } })).call(alias2, "support-hours.column.when", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 41 }, "end": { "line": 65, "column": 74 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 65, "column": 79 }, "end": { "line": 65, "column": 80 } })).call(alias2, "support-hours.column.hours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 65, "column": 77 }, "end": { "line": 65, "column": 111 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "recurringHolidays"), { "name": "each", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, alias3 = "function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "name") || alias1(depth0, "name", { "start": { "line": 68, "column": 4 }, "end": { "line": 68, "column": 8 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 68, "column": 10 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "when") || alias1(depth0, "when", { "start": { "line": 68, "column": 15 }, "end": { "line": 68, "column": 19 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "when", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 13 }, "end": { "line": 68, "column": 21 } } }) : helper)) != null ? stack1 : "") + " | " + ((stack1 = (helper = lookupProperty(helpers, "hoursText") || alias1(depth0, "hoursText", { "start": { "line": 68, "column": 26 }, "end": { "line": 68, "column": 35 } }), typeof helper === alias3 ? helper.call(alias2, { "name": "hoursText", "hash": {}, "data": data, "loc": { "start": { "line": 68, "column": 24 }, "end": { "line": 68, "column": 37 } } }) : helper)) != null ? stack1 : "") + " |\n";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 73, "column": 4 }, "end": { "line": 73, "column": 5 } })).call(alias2, "support-hours.column.date", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 2 }, "end": { "line": 73, "column": 35 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 73, "column": 40 }, "end": { "line": 73, "column": 41 } })).call(alias2, "support-hours.column.holiday", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 38 }, "end": { "line": 73, "column": 74 } } })) != null ? stack1 : "") + " | " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 73, "column": 79 }, "end": { "line": 73, "column": 80 } })).call(alias2, "support-hours.column.hours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 73, "column": 77 }, "end": { "line": 73, "column": 111 } } })) != null ? stack1 : "") + " |\n| --- | --- | --- |\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "holidays"), { "name": "each", "hash": {}, "fn": container.program(24, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 75, "column": 0 }, "end": { "line": 77, "column": 9 } } })) != null ? stack1 : "") + "\n";
    }, "24": function(container, depth0, helpers, partials, data) {
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
    source: '{{!--\n  The tiers offered, side by side, with the Client\'s tier marked: in a policy, or when the agreement asks for the\n  comparison (`presentation.tierComparison`, `sla render --all-tiers`). Otherwise only the Client\'s own tier, and\n  only what the severity section does not already say.\n--}}\n{{#if tierComparison}}\n<!-- section: tiers -->\n## {{t "tiers.heading"}}\n\n{{#if tier}}\n{{t "tiers.offered"}} {{t "tiers.clientHas" tier=tier.name policy=@root.document.isPolicy}}\n{{t "tiers.targetsOfTier" policy=@root.document.isPolicy}}\n{{else}}\n{{t "tiers.offered"}}\n{{/if}}\n{{#if (or (not tier) (gt tiers.length 1))}}\n{{#if tierFirmness.response}}\n{{tierFirmness.response}}\n{{/if}}\n{{#if tierFirmness.update}}\n{{tierFirmness.update}}\n{{/if}}\n{{#if tierFirmness.resolution}}\n{{tierFirmness.resolution}}\n{{/if}}\n{{/if}}\n\n| |{{#each tiers}} {{#if isClientTier}}{{t "tiers.clientTierColumn" tier=name policy=@root.document.isPolicy}}{{else}}{{name}}{{/if}} |{{/each}}\n| --- |{{#each tiers}} --- |{{/each}}\n{{#if tiersHave.description}}\n| {{t "tiers.row.description"}} |{{#each tiers}} {{default description "\u2014"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.services}}\n| {{t "tiers.row.services"}} |{{#each tiers}} {{#if services}}{{services}}{{else}}{{t "tiers.allServices"}}{{/if}} |{{/each}}\n{{/if}}\n{{#if tiersHave.criticality}}\n| {{t "tiers.row.criticality"}} |{{#each tiers}} {{default criticality "\u2014"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.supportHours}}\n| {{t "tiers.row.supportHours"}} |{{#each tiers}} {{default supportHours "\u2014"}} |{{/each}}\n{{/if}}\n{{#if tiersHave.reporting}}\n| {{t "tiers.row.reporting"}} |{{#each tiers}} {{#if reporting}}{{capitalise reporting}}{{else}}\u2014{{/if}} |{{/each}}\n{{/if}}\n{{#if tiersHave.proactiveOptimisation}}\n| {{t "tiers.row.proactiveOptimisation"}} |{{#each tiers}} {{default proactiveOptimisation "\u2014"}} |{{/each}}\n{{/if}}\n{{#each tierTargetRows}}\n| {{label}} |{{#each cells}} {{this}} |{{/each}}\n{{/each}}\n{{#if tiersHave.price}}\n| {{t "tiers.row.price"}} |{{#each tiers}} {{default price "\u2014"}} |{{/each}}\n{{/if}}\n\n{{#each tiers}}\n{{#if proactiveDescription}}\n{{t "tiers.proactiveIn" tier=name description=proactiveDescription}}\n{{/if}}\n{{/each}}\n{{else}}\n{{#if tier}}\n{{#if (or tier.description tier.services tier.criticality tier.supportHours tier.reporting tier.proactiveOptimisation tier.price)}}\n## {{t "tiers.headingOne"}}\n\n{{t "tiers.clientTier" tier=tier.name policy=@root.document.isPolicy}}\n\n{{#if tier.description}}\n- {{t "tiers.item.description" value=tier.description}}\n{{/if}}\n{{#if tier.services}}\n- {{t "tiers.item.services" value=tier.services}}\n{{/if}}\n{{#if tier.criticality}}\n- {{t "tiers.item.criticality" value=tier.criticality}}\n{{/if}}\n{{#if tier.supportHours}}\n- {{t "tiers.item.supportHours" value=tier.supportHours}}\n{{/if}}\n{{#if tier.reporting}}\n- {{t "tiers.item.reporting" value=(capitalise tier.reporting)}}\n{{/if}}\n{{#if tier.proactiveOptimisation}}\n- {{t "tiers.item.proactiveOptimisation" value=tier.proactiveOptimisation description=tier.proactiveDescription}}\n{{/if}}\n{{#if tier.price}}\n- {{t "tiers.item.price" value=tier.price}}\n{{/if}}\n{{/if}}\n{{/if}}\n{{/if}}\n',
    spec: { "0": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "<!-- section: tiers -->\n## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 8, "column": 5 }, "end": { "line": 8, "column": 6 } })).call(alias2, "tiers.heading", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 8, "column": 3 }, "end": { "line": 8, "column": 24 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(1, data, 0), "inverse": container.program(2, data, 0), "data": data, "loc": { "start": { "line": 10, "column": 0 }, "end": { "line": 15, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, (lookupProperty(helpers, "or") || alias1(depth0, "or", { "start": { "line": 16, "column": 7 }, "end": { "line": 16, "column": 9 } })).call(alias2, (lookupProperty(helpers, "not") || alias1(depth0, "not", { "start": { "line": 16, "column": 11 }, "end": { "line": 16, "column": 14 } })).call(alias2, lookupProperty(depth0, "tier"), { "name": "not", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 10 }, "end": { "line": 16, "column": 20 } } }), (lookupProperty(helpers, "gt") || alias1(depth0, "gt", { "start": { "line": 16, "column": 22 }, "end": { "line": 16, "column": 24 } })).call(alias2, lookupProperty(lookupProperty(depth0, "tiers"), "length"), 1, { "name": "gt", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 21 }, "end": { "line": 16, "column": 40 } } }), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 16, "column": 6 }, "end": { "line": 16, "column": 41 } } }), { "name": "if", "hash": {}, "fn": container.program(3, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 16, "column": 0 }, "end": { "line": 26, "column": 7 } } })) != null ? stack1 : "") + "\n| |" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(7, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 28, "column": 3 }, "end": { "line": 28, "column": 144 } } })) != null ? stack1 : "") + "\n| --- |" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(10, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 29, "column": 7 }, "end": { "line": 29, "column": 37 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "description"), { "name": "if", "hash": {}, "fn": container.program(11, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 30, "column": 0 }, "end": { "line": 32, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "services"), { "name": "if", "hash": {}, "fn": container.program(13, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 33, "column": 0 }, "end": { "line": 35, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "criticality"), { "name": "if", "hash": {}, "fn": container.program(17, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 36, "column": 0 }, "end": { "line": 38, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "supportHours"), { "name": "if", "hash": {}, "fn": container.program(19, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 39, "column": 0 }, "end": { "line": 41, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "reporting"), { "name": "if", "hash": {}, "fn": container.program(21, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 42, "column": 0 }, "end": { "line": 44, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "proactiveOptimisation"), { "name": "if", "hash": {}, "fn": container.program(25, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 45, "column": 0 }, "end": { "line": 47, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "tierTargetRows"), { "name": "each", "hash": {}, "fn": container.program(27, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 48, "column": 0 }, "end": { "line": 50, "column": 9 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tiersHave"), "price"), { "name": "if", "hash": {}, "fn": container.program(29, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 51, "column": 0 }, "end": { "line": 53, "column": 7 } } })) != null ? stack1 : "") + "\n" + ((stack1 = lookupProperty(helpers, "each").call(alias2, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(31, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 55, "column": 0 }, "end": { "line": 59, "column": 9 } } })) != null ? stack1 : "");
    }, "1": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 11, "column": 2 }, "end": { "line": 11, "column": 3 } })).call(alias2, "tiers.offered", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 11, "column": 0 }, "end": { "line": 11, "column": 21 } } })) != null ? stack1 : "") + " " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 11, "column": 24 }, "end": { "line": 11, "column": 25 } })).call(alias2, "tiers.clientHas", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "tier": lookupProperty(lookupProperty(depth0, "tier"), "name") }, "data": data, "loc": { "start": { "line": 11, "column": 22 }, "end": { "line": 11, "column": 91 } } })) != null ? stack1 : "") + "\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 12, "column": 2 }, "end": { "line": 12, "column": 3 } })).call(alias2, "tiers.targetsOfTier", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy") }, "data": data, "loc": { "start": { "line": 12, "column": 0 }, "end": { "line": 12, "column": 58 } } })) != null ? stack1 : "") + "\n";
    }, "2": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 14, "column": 2 }, "end": { "line": 14, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.offered", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 14, "column": 0 }, "end": { "line": 14, "column": 21 } } })) != null ? stack1 : "") + "\n";
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
      return " " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "isClientTier"), { "name": "if", "hash": {}, "fn": container.program(8, data, 0), "inverse": container.program(9, data, 0), "data": data, "loc": { "start": { "line": 28, "column": 19 }, "end": { "line": 28, "column": 133 } } })) != null ? stack1 : "") + " |";
    }, "8": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 28, "column": 41 }, "end": { "line": 28, "column": 42 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.clientTierColumn", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "tier": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 28, "column": 39 }, "end": { "line": 28, "column": 110 } } })) != null ? stack1 : "";
    }, "9": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "name") || container.strict(depth0, "name", { "start": { "line": 28, "column": 120 }, "end": { "line": 28, "column": 124 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "name", "hash": {}, "data": data, "loc": { "start": { "line": 28, "column": 118 }, "end": { "line": 28, "column": 126 } } }) : helper)) != null ? stack1 : "";
    }, "10": function(container, depth0, helpers, partials, data) {
      return " --- |";
    }, "11": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 31, "column": 4 }, "end": { "line": 31, "column": 5 } })).call(alias1, "tiers.row.description", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 2 }, "end": { "line": 31, "column": 31 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(12, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 31, "column": 33 }, "end": { "line": 31, "column": 87 } } })) != null ? stack1 : "") + "\n";
    }, "12": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 31, "column": 51 }, "end": { "line": 31, "column": 58 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "description"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 31, "column": 49 }, "end": { "line": 31, "column": 76 } } })) != null ? stack1 : "") + " |";
    }, "13": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 34, "column": 4 }, "end": { "line": 34, "column": 5 } })).call(alias1, "tiers.row.services", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 2 }, "end": { "line": 34, "column": 28 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(14, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 34, "column": 30 }, "end": { "line": 34, "column": 125 } } })) != null ? stack1 : "") + "\n";
    }, "14": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "services"), { "name": "if", "hash": {}, "fn": container.program(15, data, 0), "inverse": container.program(16, data, 0), "data": data, "loc": { "start": { "line": 34, "column": 46 }, "end": { "line": 34, "column": 114 } } })) != null ? stack1 : "") + " |";
    }, "15": function(container, depth0, helpers, partials, data) {
      var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (helper = lookupProperty(helpers, "services") || container.strict(depth0, "services", { "start": { "line": 34, "column": 64 }, "end": { "line": 34, "column": 72 } }), typeof helper === "function" ? helper.call(depth0 != null ? depth0 : container.nullContext || {}, { "name": "services", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 62 }, "end": { "line": 34, "column": 74 } } }) : helper)) != null ? stack1 : "";
    }, "16": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 34, "column": 84 }, "end": { "line": 34, "column": 85 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.allServices", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 34, "column": 82 }, "end": { "line": 34, "column": 107 } } })) != null ? stack1 : "";
    }, "17": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 37, "column": 4 }, "end": { "line": 37, "column": 5 } })).call(alias1, "tiers.row.criticality", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 2 }, "end": { "line": 37, "column": 31 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(18, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 37, "column": 33 }, "end": { "line": 37, "column": 87 } } })) != null ? stack1 : "") + "\n";
    }, "18": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 37, "column": 51 }, "end": { "line": 37, "column": 58 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "criticality"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 37, "column": 49 }, "end": { "line": 37, "column": 76 } } })) != null ? stack1 : "") + " |";
    }, "19": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 40, "column": 4 }, "end": { "line": 40, "column": 5 } })).call(alias1, "tiers.row.supportHours", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 2 }, "end": { "line": 40, "column": 32 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(20, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 40, "column": 34 }, "end": { "line": 40, "column": 89 } } })) != null ? stack1 : "") + "\n";
    }, "20": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 40, "column": 52 }, "end": { "line": 40, "column": 59 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "supportHours"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 40, "column": 50 }, "end": { "line": 40, "column": 78 } } })) != null ? stack1 : "") + " |";
    }, "21": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 43, "column": 4 }, "end": { "line": 43, "column": 5 } })).call(alias1, "tiers.row.reporting", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 2 }, "end": { "line": 43, "column": 29 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(22, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 43, "column": 31 }, "end": { "line": 43, "column": 115 } } })) != null ? stack1 : "") + "\n";
    }, "22": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "reporting"), { "name": "if", "hash": {}, "fn": container.program(23, data, 0), "inverse": container.program(24, data, 0), "data": data, "loc": { "start": { "line": 43, "column": 47 }, "end": { "line": 43, "column": 104 } } })) != null ? stack1 : "") + " |";
    }, "23": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = (lookupProperty(helpers, "capitalise") || container.strict(depth0, "capitalise", { "start": { "line": 43, "column": 66 }, "end": { "line": 43, "column": 76 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "reporting"), { "name": "capitalise", "hash": {}, "data": data, "loc": { "start": { "line": 43, "column": 64 }, "end": { "line": 43, "column": 88 } } })) != null ? stack1 : "";
    }, "24": function(container, depth0, helpers, partials, data) {
      return "\u2014";
    }, "25": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 46, "column": 4 }, "end": { "line": 46, "column": 5 } })).call(alias1, "tiers.row.proactiveOptimisation", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 2 }, "end": { "line": 46, "column": 41 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(26, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 46, "column": 43 }, "end": { "line": 46, "column": 107 } } })) != null ? stack1 : "") + "\n";
    }, "26": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 46, "column": 61 }, "end": { "line": 46, "column": 68 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "proactiveOptimisation"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 46, "column": 59 }, "end": { "line": 46, "column": 96 } } })) != null ? stack1 : "") + " |";
    }, "27": function(container, depth0, helpers, partials, data) {
      var stack1, helper, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (helper = lookupProperty(helpers, "label") || container.strict(depth0, "label", { "start": { "line": 49, "column": 4 }, "end": { "line": 49, "column": 9 } }), typeof helper === "function" ? helper.call(alias1, { "name": "label", "hash": {}, "data": data, "loc": { "start": { "line": 49, "column": 2 }, "end": { "line": 49, "column": 11 } } }) : helper)) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "cells"), { "name": "each", "hash": {}, "fn": container.program(28, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 49, "column": 13 }, "end": { "line": 49, "column": 48 } } })) != null ? stack1 : "") + "\n";
    }, "28": function(container, depth0, helpers, partials, data) {
      var stack1;
      return " " + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "") + " |";
    }, "29": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "| " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 52, "column": 4 }, "end": { "line": 52, "column": 5 } })).call(alias1, "tiers.row.price", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 2 }, "end": { "line": 52, "column": 25 } } })) != null ? stack1 : "") + " |" + ((stack1 = lookupProperty(helpers, "each").call(alias1, lookupProperty(depth0, "tiers"), { "name": "each", "hash": {}, "fn": container.program(30, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 52, "column": 27 }, "end": { "line": 52, "column": 75 } } })) != null ? stack1 : "") + "\n";
    }, "30": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return " " + ((stack1 = (lookupProperty(helpers, "default") || container.strict(depth0, "default", { "start": { "line": 52, "column": 45 }, "end": { "line": 52, "column": 52 } })).call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "price"), "\u2014", { "name": "default", "hash": {}, "data": data, "loc": { "start": { "line": 52, "column": 43 }, "end": { "line": 52, "column": 64 } } })) != null ? stack1 : "") + " |";
    }, "31": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "proactiveDescription"), { "name": "if", "hash": {}, "fn": container.program(32, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 56, "column": 0 }, "end": { "line": 58, "column": 7 } } })) != null ? stack1 : "";
    }, "32": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 57, "column": 2 }, "end": { "line": 57, "column": 3 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.proactiveIn", { "name": "t", "hash": { "description": lookupProperty(depth0, "proactiveDescription"), "tier": lookupProperty(depth0, "name") }, "data": data, "loc": { "start": { "line": 57, "column": 0 }, "end": { "line": 57, "column": 68 } } })) != null ? stack1 : "") + "\n";
    }, "33": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tier"), { "name": "if", "hash": {}, "fn": container.program(34, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 61, "column": 0 }, "end": { "line": 89, "column": 7 } } })) != null ? stack1 : "";
    }, "34": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(alias1, (lookupProperty(helpers, "or") || container.strict(depth0, "or", { "start": { "line": 62, "column": 7 }, "end": { "line": 62, "column": 9 } })).call(alias1, lookupProperty(lookupProperty(depth0, "tier"), "description"), lookupProperty(lookupProperty(depth0, "tier"), "services"), lookupProperty(lookupProperty(depth0, "tier"), "criticality"), lookupProperty(lookupProperty(depth0, "tier"), "supportHours"), lookupProperty(lookupProperty(depth0, "tier"), "reporting"), lookupProperty(lookupProperty(depth0, "tier"), "proactiveOptimisation"), lookupProperty(lookupProperty(depth0, "tier"), "price"), { "name": "or", "hash": {}, "data": data, "loc": { "start": { "line": 62, "column": 6 }, "end": { "line": 62, "column": 129 } } }), { "name": "if", "hash": {}, "fn": container.program(35, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 62, "column": 0 }, "end": { "line": 88, "column": 7 } } })) != null ? stack1 : "";
    }, "35": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "## " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 63, "column": 5 }, "end": { "line": 63, "column": 6 } })).call(alias2, "tiers.headingOne", { "name": "t", "hash": {}, "data": data, "loc": { "start": { "line": 63, "column": 3 }, "end": { "line": 63, "column": 27 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 65, "column": 2 }, "end": { "line": 65, "column": 3 } })).call(alias2, "tiers.clientTier", { "name": "t", "hash": { "policy": lookupProperty(lookupProperty(lookupProperty(data, "root"), "document"), "isPolicy"), "tier": lookupProperty(lookupProperty(depth0, "tier"), "name") }, "data": data, "loc": { "start": { "line": 65, "column": 0 }, "end": { "line": 65, "column": 70 } } })) != null ? stack1 : "") + "\n\n" + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "description"), { "name": "if", "hash": {}, "fn": container.program(36, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 67, "column": 0 }, "end": { "line": 69, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "services"), { "name": "if", "hash": {}, "fn": container.program(37, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 70, "column": 0 }, "end": { "line": 72, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "criticality"), { "name": "if", "hash": {}, "fn": container.program(38, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 73, "column": 0 }, "end": { "line": 75, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "supportHours"), { "name": "if", "hash": {}, "fn": container.program(39, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 76, "column": 0 }, "end": { "line": 78, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "reporting"), { "name": "if", "hash": {}, "fn": container.program(40, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 79, "column": 0 }, "end": { "line": 81, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "proactiveOptimisation"), { "name": "if", "hash": {}, "fn": container.program(41, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 82, "column": 0 }, "end": { "line": 84, "column": 7 } } })) != null ? stack1 : "") + ((stack1 = lookupProperty(helpers, "if").call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "price"), { "name": "if", "hash": {}, "fn": container.program(42, data, 0), "inverse": container.noop, "data": data, "loc": { "start": { "line": 85, "column": 0 }, "end": { "line": 87, "column": 7 } } })) != null ? stack1 : "");
    }, "36": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 68, "column": 4 }, "end": { "line": 68, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.item.description", { "name": "t", "hash": { "value": lookupProperty(lookupProperty(depth0, "tier"), "description") }, "data": data, "loc": { "start": { "line": 68, "column": 2 }, "end": { "line": 68, "column": 55 } } })) != null ? stack1 : "") + "\n";
    }, "37": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 71, "column": 4 }, "end": { "line": 71, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.item.services", { "name": "t", "hash": { "value": lookupProperty(lookupProperty(depth0, "tier"), "services") }, "data": data, "loc": { "start": { "line": 71, "column": 2 }, "end": { "line": 71, "column": 49 } } })) != null ? stack1 : "") + "\n";
    }, "38": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 74, "column": 4 }, "end": { "line": 74, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.item.criticality", { "name": "t", "hash": { "value": lookupProperty(lookupProperty(depth0, "tier"), "criticality") }, "data": data, "loc": { "start": { "line": 74, "column": 2 }, "end": { "line": 74, "column": 55 } } })) != null ? stack1 : "") + "\n";
    }, "39": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 77, "column": 4 }, "end": { "line": 77, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.item.supportHours", { "name": "t", "hash": { "value": lookupProperty(lookupProperty(depth0, "tier"), "supportHours") }, "data": data, "loc": { "start": { "line": 77, "column": 2 }, "end": { "line": 77, "column": 57 } } })) != null ? stack1 : "") + "\n";
    }, "40": function(container, depth0, helpers, partials, data) {
      var stack1, alias1 = container.strict, alias2 = depth0 != null ? depth0 : container.nullContext || {}, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || alias1(depth0, "t", { "start": { "line": 80, "column": 4 }, "end": { "line": 80, "column": 5 } })).call(alias2, "tiers.item.reporting", { "name": "t", "hash": { "value": (lookupProperty(helpers, "capitalise") || alias1(depth0, "capitalise", { "start": { "line": 80, "column": 36 }, "end": { "line": 80, "column": 46 } })).call(alias2, lookupProperty(lookupProperty(depth0, "tier"), "reporting"), { "name": "capitalise", "hash": {}, "data": data, "loc": { "start": { "line": 80, "column": 35 }, "end": { "line": 80, "column": 62 } } }) }, "data": data, "loc": { "start": { "line": 80, "column": 2 }, "end": { "line": 80, "column": 64 } } })) != null ? stack1 : "") + "\n";
    }, "41": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 83, "column": 4 }, "end": { "line": 83, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.item.proactiveOptimisation", { "name": "t", "hash": { "description": lookupProperty(lookupProperty(depth0, "tier"), "proactiveDescription"), "value": lookupProperty(lookupProperty(depth0, "tier"), "proactiveOptimisation") }, "data": data, "loc": { "start": { "line": 83, "column": 2 }, "end": { "line": 83, "column": 113 } } })) != null ? stack1 : "") + "\n";
    }, "42": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return "- " + ((stack1 = (lookupProperty(helpers, "t") || container.strict(depth0, "t", { "start": { "line": 86, "column": 4 }, "end": { "line": 86, "column": 5 } })).call(depth0 != null ? depth0 : container.nullContext || {}, "tiers.item.price", { "name": "t", "hash": { "value": lookupProperty(lookupProperty(depth0, "tier"), "price") }, "data": data, "loc": { "start": { "line": 86, "column": 2 }, "end": { "line": 86, "column": 43 } } })) != null ? stack1 : "") + "\n";
    }, "compiler": [8, ">= 4.3.0"], "main": function(container, depth0, helpers, partials, data) {
      var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return void 0;
      };
      return (stack1 = lookupProperty(helpers, "if").call(depth0 != null ? depth0 : container.nullContext || {}, lookupProperty(depth0, "tierComparison"), { "name": "if", "hash": {}, "fn": container.program(0, data, 0), "inverse": container.program(33, data, 0), "data": data, "loc": { "start": { "line": 6, "column": 0 }, "end": { "line": 90, "column": 7 } } })) != null ? stack1 : "";
    }, "useData": true }
  }
};
export {
  precompiledTemplates,
  templateCompileOptions
};
