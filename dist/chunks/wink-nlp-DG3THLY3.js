import { createRequire as __sopflowCreateRequire } from 'node:module';
const require = __sopflowCreateRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-LVWUGAGM.js";

// node_modules/wink-nlp/src/constants.js
var require_constants = __commonJS({
  "node_modules/wink-nlp/src/constants.js"(exports, module) {
    var consts = /* @__PURE__ */ Object.create(null);
    consts.UNK = 0;
    consts.bits4PrecedingSpace = 16;
    consts.bits4lemma = 20;
    consts.posMask = 66060288;
    consts.psMask = 65535;
    consts.xnMask = 1073676288;
    consts.lemmaMask = 1048575;
    consts.tkSize = 4;
    consts.xpSize = 4;
    consts.xcMask = 31;
    consts.bits4xpPointer = 14;
    consts.negationFlag = Math.pow(2, 31);
    module.exports = consts;
  }
});

// node_modules/wink-nlp/src/dd-wrapper.js
var require_dd_wrapper = __commonJS({
  "node_modules/wink-nlp/src/dd-wrapper.js"(exports, module) {
    var constants = require_constants();
    var bits4PrecedingSpace = constants.bits4PrecedingSpace;
    var xpSize = constants.xpSize;
    var bits4lemma = constants.bits4lemma;
    var UNK = constants.UNK;
    var tkSize = constants.tkSize;
    var docDataWrapper = function(data) {
      var cache = data.cache;
      var tokens = data.tokens;
      var methods = /* @__PURE__ */ Object.create(null);
      var addToken = function(text, category, precedingSpaces, nbsp) {
        var idx;
        idx = tokens.push(cache.add(text, category), precedingSpaces, 0, 0);
        if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
        return true;
      };
      var addTokenIfInCache = function(text, precedingSpaces, nbsp) {
        var tokenIndex = cache.lookup(text);
        var ps;
        var lemma, pos;
        var idx;
        if (tokenIndex === null) return UNK;
        if (tokenIndex.length === 1) {
          idx = tokens.push(tokenIndex[0], precedingSpaces, 0, 0);
          if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
        } else {
          for (let k = 0; k < tokenIndex.length; k += xpSize) {
            ps = k === 0 ? precedingSpaces : 0;
            ps |= tokenIndex[k + 1] << bits4PrecedingSpace;
            lemma = tokenIndex[k + 2];
            pos = tokenIndex[k + 3];
            idx = tokens.push(tokenIndex[k], ps, lemma | pos << bits4lemma, 0);
            if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
          }
        }
        return 99;
      };
      var isLexeme = function(text) {
        return cache.lookup(text);
      };
      var clean = function() {
        tokens = null;
        cache = null;
      };
      methods._addToken = addToken;
      methods._addTokenIfInCache = addTokenIfInCache;
      methods.isLexeme = isLexeme;
      methods.clean = clean;
      return methods;
    };
    module.exports = docDataWrapper;
  }
});

// node_modules/wink-nlp/src/locate.js
var require_locate = __commonJS({
  "node_modules/wink-nlp/src/locate.js"(exports, module) {
    var locate = function(token, spans) {
      var minIndex = 0;
      var maxIndex = spans.length - 1;
      var currIndex;
      var leftToken;
      var rightToken;
      var edge = -1;
      var sf = 0.5;
      while (minIndex <= maxIndex) {
        currIndex = (minIndex + maxIndex) / 2 | 0;
        leftToken = spans[currIndex][0];
        rightToken = spans[currIndex][1];
        if (token > rightToken) {
          minIndex = currIndex + 1;
          edge = currIndex + sf;
        } else if (token < leftToken) {
          maxIndex = currIndex - 1;
          edge = currIndex - sf;
        } else return currIndex;
      }
      return edge;
    };
    module.exports = locate;
  }
});

// node_modules/wink-nlp/src/contained-entities.js
var require_contained_entities = __commonJS({
  "node_modules/wink-nlp/src/contained-entities.js"(exports, module) {
    var locate = require_locate();
    var containedEntities = function(entities, sentenceStart, sentenceEnd) {
      var left = locate(sentenceStart, entities);
      var right = locate(sentenceEnd, entities);
      var maxIndex = entities.length - 1;
      var contained = [];
      var kl, kr;
      var i;
      if (left < 0 && right < 0 || left > maxIndex && right > maxIndex) {
        return contained;
      }
      kl = left < 0 ? 0 : Math.ceil(left);
      if (left === right && kl !== left) {
        return contained;
      }
      kr = Math.floor(right);
      for (i = kl; i <= kr; i += 1) {
        contained.push(i);
      }
      return contained;
    };
    module.exports = containedEntities;
  }
});

// node_modules/wink-nlp/src/search.js
var require_search = __commonJS({
  "node_modules/wink-nlp/src/search.js"(exports, module) {
    var search = function(token, spans) {
      var minIndex = 0;
      var maxIndex = spans.length - 1;
      var currIndex;
      var leftToken;
      var rightToken;
      while (minIndex <= maxIndex) {
        currIndex = (minIndex + maxIndex) / 2 | 0;
        leftToken = spans[currIndex][0];
        rightToken = spans[currIndex][1];
        if (token > rightToken) {
          minIndex = currIndex + 1;
        } else if (token < leftToken) {
          maxIndex = currIndex - 1;
        } else return currIndex;
      }
      return null;
    };
    module.exports = search;
  }
});

// node_modules/wink-nlp/src/api/get-parent-item.js
var require_get_parent_item = __commonJS({
  "node_modules/wink-nlp/src/api/get-parent-item.js"(exports, module) {
    var search = require_search();
    var getParentItem = function(currItemIndex, parentCollection, parentItemFn) {
      var k = search(currItemIndex, parentCollection);
      if (k === null) return void 0;
      return parentItemFn(k);
    };
    module.exports = getParentItem;
  }
});

// node_modules/wink-nlp/src/api/col-get-item.js
var require_col_get_item = __commonJS({
  "node_modules/wink-nlp/src/api/col-get-item.js"(exports, module) {
    var colGetItemAt = function(k, start, end, itemFn) {
      var ak = k + start;
      if (ak < start || ak > end) {
        throw Error(`wink-nlp: ${k} is an invalid or out of bounds index.`);
      } else return itemFn(ak);
    };
    module.exports = colGetItemAt;
  }
});

// node_modules/wink-nlp/src/api/sel-get-item.js
var require_sel_get_item = __commonJS({
  "node_modules/wink-nlp/src/api/sel-get-item.js"(exports, module) {
    var selGetItemAt = function(k, selection, itemFn) {
      if (k < 0 || k >= selection.length) {
        throw Error(`wink-nlp: wink-nlp: ${k} is an invalid or out of bounds index.`);
      } else return itemFn(selection[k]);
    };
    module.exports = selGetItemAt;
  }
});

// node_modules/wink-nlp/src/api/col-each.js
var require_col_each = __commonJS({
  "node_modules/wink-nlp/src/api/col-each.js"(exports, module) {
    var colEach = function(f, start, end, itemFn) {
      for (let k = start; k <= end; k += 1) {
        f(itemFn(k), k - start);
      }
    };
    module.exports = colEach;
  }
});

// node_modules/wink-nlp/src/api/sel-each.js
var require_sel_each = __commonJS({
  "node_modules/wink-nlp/src/api/sel-each.js"(exports, module) {
    var selEach = function(f, selection, itemFn) {
      for (let k = 0; k < selection.length; k += 1) {
        f(itemFn(selection[k]), k);
      }
    };
    module.exports = selEach;
  }
});

// node_modules/wink-nlp/src/api/col-map.js
var require_col_map = __commonJS({
  "node_modules/wink-nlp/src/api/col-map.js"(exports, module) {
    var colMap = function(f, start, end, itemFn) {
      const result = [];
      for (let k = start; k <= end; k += 1) {
        result.push(f(itemFn(k), k - start));
      }
      return result;
    };
    module.exports = colMap;
  }
});

// node_modules/wink-nlp/src/api/sel-map.js
var require_sel_map = __commonJS({
  "node_modules/wink-nlp/src/api/sel-map.js"(exports, module) {
    var selMap = function(f, selection, itemFn) {
      return selection.map((item, i) => f(itemFn(item), i));
    };
    module.exports = selMap;
  }
});

// node_modules/wink-nlp/src/api/col-filter.js
var require_col_filter = __commonJS({
  "node_modules/wink-nlp/src/api/col-filter.js"(exports, module) {
    var colFilter = function(f, start, end, itemFn, colSelectedFn) {
      var filtered = [];
      for (let k = start; k <= end; k += 1) {
        if (f(itemFn(k), k - start)) filtered.push(k);
      }
      return colSelectedFn(filtered);
    };
    module.exports = colFilter;
  }
});

// node_modules/wink-nlp/src/api/sel-filter.js
var require_sel_filter = __commonJS({
  "node_modules/wink-nlp/src/api/sel-filter.js"(exports, module) {
    var selFilter = function(f, selection, itemFn, colSelectedFn) {
      var filtered = [];
      for (let k = 0; k < selection.length; k += 1) {
        if (f(itemFn(selection[k]), k)) filtered.push(selection[k]);
      }
      return colSelectedFn(filtered);
    };
    module.exports = selFilter;
  }
});

// node_modules/wink-nlp/src/sort4FT.js
var require_sort4FT = __commonJS({
  "node_modules/wink-nlp/src/sort4FT.js"(exports, module) {
    module.exports = (a, b) => {
      if (b[1] > a[1]) {
        return 1;
      } else if (b[1] < a[1]) {
        return -1;
      } else if (a[0] > b[0]) return 1;
      return -1;
    };
  }
});

// node_modules/wink-nlp/src/sentence-wise-importance.js
var require_sentence_wise_importance = __commonJS({
  "node_modules/wink-nlp/src/sentence-wise-importance.js"(exports, module) {
    var constants = require_constants();
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var tkSize = constants.tkSize;
    var sentenceWiseImportance = function(rdd) {
      const openClassPOS = /* @__PURE__ */ Object.create(null);
      openClassPOS.ADJ = true;
      openClassPOS.ADV = true;
      openClassPOS.INTJ = true;
      openClassPOS.NOUN = true;
      openClassPOS.PROPN = true;
      openClassPOS.VERB = true;
      openClassPOS.NUM = true;
      openClassPOS.SYM = true;
      const NGram = 4;
      const sentences = rdd.sentences;
      const tokens = rdd.tokens;
      const cache = rdd.cache;
      const posGroupWeightTable = /* @__PURE__ */ Object.create(null);
      for (let s = 0; s < sentences.length; s += 1) {
        const pos = [];
        const [start, end] = sentences[s];
        for (let t = start; t <= end; t += 1) {
          const p = cache.valueOf("pos", (tokens[t * tkSize + 2] & posMask) >>> bits4lemma);
          if (p !== "SPACE" && p !== "PUNCT") pos.push(p);
        }
        if (pos.length < 4) continue;
        for (let k = 0; k + NGram - 1 < pos.length; k += 1) {
          const pos4Gram = pos.slice(k, k + NGram);
          const initInfoContent = pos4Gram.reduce(
            (pv, cv) => pv - (openClassPOS[cv] ? 0 : 1),
            0
          );
          const posGroup = pos4Gram.join("_");
          posGroupWeightTable[posGroup] = posGroupWeightTable[posGroup] || /* @__PURE__ */ Object.create(null);
          posGroupWeightTable[posGroup].group = posGroup;
          posGroupWeightTable[posGroup].sentences = posGroupWeightTable[posGroup].sentences || [];
          posGroupWeightTable[posGroup].sentences.push(s);
          posGroupWeightTable[posGroup].weight = posGroupWeightTable[posGroup].weight === void 0 ? initInfoContent + 1 : posGroupWeightTable[posGroup].weight + 1;
          posGroupWeightTable[posGroup].iv = initInfoContent;
        }
      }
      const posGroupWeights = Object.keys(posGroupWeightTable).map((e) => posGroupWeightTable[e]).filter((e) => e.weight > 0);
      const sentenceWiseWeights = new Array(sentences.length);
      sentenceWiseWeights.fill(0);
      posGroupWeights.forEach((pgw) => {
        pgw.sentences.forEach((e) => {
          sentenceWiseWeights[e] += pgw.weight;
        });
      });
      let max = Math.max(...sentenceWiseWeights);
      if (max === 0) max = 1;
      return sentenceWiseWeights.map((e, i) => ({ index: i, importance: +(e / max).toFixed(4) }));
    };
    module.exports = sentenceWiseImportance;
  }
});

// node_modules/wink-nlp/src/reconstruct-spaces.js
var require_reconstruct_spaces = __commonJS({
  "node_modules/wink-nlp/src/reconstruct-spaces.js"(exports, module) {
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var psMask = constants.psMask;
    var reconstructSpaces = function(index, rdd) {
      var token = rdd.tokens[index * tkSize + 1];
      var count = token & psMask;
      return count < 65535 ? "".padEnd(count) : rdd.nonBreakingSpaces[index];
    };
    module.exports = reconstructSpaces;
  }
});

// node_modules/wink-nlp/src/its.js
var require_its = __commonJS({
  "node_modules/wink-nlp/src/its.js"(exports, module) {
    var sort4FT = require_sort4FT();
    var constants = require_constants();
    var caseMap = ["other", "lowerCase", "upperCase", "titleCase"];
    var swi = require_sentence_wise_importance();
    var reconstructSpaces = require_reconstruct_spaces();
    var tkSize = constants.tkSize;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var lemmaMask = constants.lemmaMask;
    var its = /* @__PURE__ */ Object.create(null);
    its.case = function(index, rdd) {
      return caseMap[rdd.cache.property(rdd.tokens[index * tkSize], "lutCase")];
    };
    its.uniqueId = function(index, rdd) {
      return rdd.tokens[index * tkSize];
    };
    its.negationFlag = function(index, rdd) {
      return rdd.tokens[index * tkSize + 3] >= constants.negationFlag;
    };
    its.normal = function(index, rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      return tokens[index * tkSize + 1] > 65535 ? cache.value(cache.nox(tokens[index * tkSize + 1])) : cache.value(cache.normal(tokens[index * tkSize]));
    };
    its.contractionFlag = function(index, rdd) {
      return rdd.tokens[index * tkSize + 1] > 65535;
    };
    its.pos = function(index, rdd) {
      return rdd.cache.valueOf("pos", (rdd.tokens[index * tkSize + 2] & posMask) >>> bits4lemma);
    };
    its.precedingSpaces = function(index, rdd) {
      return reconstructSpaces(index, rdd);
    };
    its.prefix = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "prefix");
    };
    its.shape = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "shape");
    };
    its.stopWordFlag = function(index, rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var normal = tokens[index * tkSize + 1] > 65535 ? cache.nox(tokens[index * tkSize + 1]) : cache.normal(tokens[index * tkSize]);
      return cache.property(normal, "isStopWord") === 1;
    };
    its.abbrevFlag = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "isAbbrev") === 1;
    };
    its.suffix = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "suffix");
    };
    its.type = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "tokenType");
    };
    its.value = function(index, rdd) {
      return rdd.cache.value(rdd.tokens[index * tkSize]);
    };
    its.stem = function(index, rdd, addons) {
      return addons.stem(rdd.cache.value(rdd.tokens[index * tkSize]));
    };
    its.lemma = function(index, rdd, addons) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      if (tokens[index * tkSize + 1] > 65535) {
        return cache.value(tokens[index * tkSize + 2] & lemmaMask);
      }
      const mappedIdx = cache.mappedSpelling(tokens[index * tkSize]);
      if (cache.property(mappedIdx, "isSLemma") === 1) {
        return cache.value(cache.property(mappedIdx, "lemma"));
      }
      const pos = its.pos(index, rdd);
      const value = cache.value(cache.normal(tokens[index * tkSize]));
      return addons.lemmatize(value, pos, cache);
    };
    its.vector = function() {
      return new Array(100).fill(0);
    };
    its.detail = function() {
      return true;
    };
    its.markedUpText = function(index, rdd) {
      return its.value(index, rdd);
    };
    its.span = function(spanItem) {
      return spanItem.slice(0, 2);
    };
    its.sentiment = function(spanItem) {
      return spanItem[3];
    };
    its.readabilityStats = function(rdd, addons) {
      return addons.readabilityStats(rdd, its);
    };
    its.sentenceWiseImportance = function(rdd) {
      return swi(rdd);
    };
    its.terms = function(tf, idf, terms) {
      return terms;
    };
    its.docTermMatrix = function(tf, idf, terms) {
      const dtm = new Array(tf.length);
      for (let id = 0; id < tf.length; id += 1) {
        dtm[id] = [];
        for (let i = 0; i < terms.length; i += 1) {
          dtm[id].push(tf[id][terms[i]] || 0);
        }
      }
      return dtm;
    };
    its.docBOWArray = function(tf) {
      return tf;
    };
    its.bow = function(tf) {
      return tf;
    };
    its.idf = function(tf, idf) {
      var arr = [];
      for (const t in idf) {
        arr.push([t, idf[t]]);
      }
      return arr.sort(sort4FT);
    };
    its.tf = function(tf) {
      const arr = [];
      for (const t in tf) {
        arr.push([t, tf[t]]);
      }
      return arr.sort(sort4FT);
    };
    its.modelJSON = function(tf, idf, terms, docId, sumOfAllDLs) {
      return JSON.stringify({
        uid: "WinkNLP-BM25Vectorizer-Model/1.0.0",
        tf,
        idf,
        terms,
        docId,
        sumOfAllDLs
      });
    };
    module.exports = its;
  }
});

// node_modules/wink-nlp/src/contained-markings.js
var require_contained_markings = __commonJS({
  "node_modules/wink-nlp/src/contained-markings.js"(exports, module) {
    var locate = require_locate();
    var containedMarkings = function(markings, start, end) {
      if (markings === void 0 || start === void 0 || end === void 0) {
        return null;
      }
      var left = locate(start, markings);
      var right = locate(end, markings);
      var maxIndex = markings.length - 1;
      var kl, kr;
      if (left < 0 && right < 0 || left > maxIndex && right > maxIndex) {
        return null;
      }
      kl = left < 0 ? 0 : Math.ceil(left);
      if (left === right && kl !== left) {
        return null;
      }
      kr = Math.floor(right);
      if (markings[kl][0] < start) kl += 1;
      if (markings[kr][1] > end) kr -= 1;
      if (kl > kr) {
        return null;
      }
      var range = /* @__PURE__ */ Object.create(null);
      range.left = kl;
      range.right = kr;
      return range;
    };
    module.exports = containedMarkings;
  }
});

// node_modules/wink-nlp/src/as.js
var require_as = __commonJS({
  "node_modules/wink-nlp/src/as.js"(exports, module) {
    var sort4FT = require_sort4FT();
    var containedMarkings = require_contained_markings();
    var as = /* @__PURE__ */ Object.create(null);
    as.array = function(tokens) {
      return tokens;
    };
    as.set = function(tokens) {
      return new Set(tokens);
    };
    as.bow = function(tokens) {
      var bow = /* @__PURE__ */ Object.create(null);
      var t;
      for (let i = 0; i < tokens.length; i += 1) {
        t = tokens[i];
        bow[t] = 1 + (bow[t] || 0);
      }
      return bow;
    };
    as.freqTable = function(tokens) {
      var bow = as.bow(tokens);
      var keys = Object.keys(bow);
      var length = keys.length;
      var table = new Array(length);
      for (var i = 0; i < length; i += 1) {
        table[i] = [keys[i], bow[keys[i]]];
      }
      return table.sort(sort4FT);
    };
    as.bigrams = function(tokens) {
      var bgs = [];
      var i, imax;
      for (i = 0, imax = tokens.length - 1; i < imax; i += 1) {
        bgs.push([tokens[i], tokens[i + 1]]);
      }
      return bgs;
    };
    as.unique = function(tokens) {
      return Array.from(new Set(tokens));
    };
    as.text = function(twps) {
      return twps.join("").trim();
    };
    as.markedUpText = function(twps, rdd, start, end) {
      const markings = rdd.markings;
      var offset = start * 2;
      var range = containedMarkings(markings, start, end);
      if (range === null) {
        return twps.join("").trim();
      }
      for (let i = range.left; i <= range.right; i += 1) {
        const first = markings[i][0] * 2 - offset + 1;
        const last = markings[i][1] * 2 - offset + 1;
        const beginMarker = markings[i][2] === void 0 ? "<mark>" : markings[i][2];
        const endMarker = markings[i][3] === void 0 ? "</mark>" : markings[i][3];
        twps[first] = beginMarker + twps[first];
        twps[last] += endMarker;
      }
      return twps.join("").trim();
    };
    as.vector = function(tokens, rdd) {
      if (!rdd.wordVectors)
        throw Error("wink-nlp: word vectors are not loaded, use const nlp = winkNLP( model, pipe, wordVectors ) to load.");
      const size = rdd.wordVectors.dimensions;
      const precision = rdd.wordVectors.precision;
      const vectors = rdd.wordVectors.vectors;
      const l2NormIndex = rdd.wordVectors.l2NormIndex;
      const v = new Array(size);
      v.fill(0);
      let numOfTokens = 0;
      for (let i = 0; i < tokens.length; i += 1) {
        const tv = vectors[tokens[i].toLowerCase()];
        if (tv !== void 0 && tv[l2NormIndex] !== 0) numOfTokens += 1;
        for (let j = 0; j < size; j += 1) {
          v[j] += tv === void 0 ? 0 : tv[j];
        }
      }
      if (numOfTokens === 0) {
        v.push(0);
        return v;
      }
      let l2Norm = 0;
      for (let i = 0; i < size; i += 1) {
        v[i] = +(v[i] / numOfTokens).toFixed(precision);
        l2Norm += v[i] * v[i];
      }
      v.push(+Math.sqrt(l2Norm).toFixed(precision));
      return v;
    };
    module.exports = as;
  }
});

// node_modules/wink-nlp/src/allowed.js
var require_allowed = __commonJS({
  "node_modules/wink-nlp/src/allowed.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = /* @__PURE__ */ Object.create(null);
    allowed.its4token = /* @__PURE__ */ new Set([
      its.case,
      its.uniqueId,
      its.negationFlag,
      its.normal,
      its.contractionFlag,
      its.pos,
      its.precedingSpaces,
      its.prefix,
      its.shape,
      its.stopWordFlag,
      its.abbrevFlag,
      its.suffix,
      its.type,
      its.value,
      its.stem,
      its.lemma
    ]);
    allowed.its4tokens = allowed.its4token;
    allowed.its4selTokens = allowed.its4token;
    allowed.as4tokens = /* @__PURE__ */ new Set([
      as.array,
      as.set,
      as.text,
      as.bow,
      as.freqTable,
      as.bigrams,
      as.unique,
      as.markedUpText,
      as.vector
    ]);
    allowed.as4selTokens = /* @__PURE__ */ new Set([
      as.array,
      as.set,
      as.text,
      as.bow,
      as.freqTable,
      as.bigrams,
      as.unique,
      as.vector
    ]);
    allowed.its4entity = /* @__PURE__ */ new Set([
      its.value,
      its.normal,
      its.type,
      its.detail,
      its.span
    ]);
    allowed.as4entities = /* @__PURE__ */ new Set([
      as.array,
      as.set,
      as.bow,
      as.freqTable,
      as.unique
    ]);
    allowed.as4selEntities = allowed.as4entities;
    allowed.its4sentence = /* @__PURE__ */ new Set([
      its.value,
      its.normal,
      its.span,
      its.markedUpText,
      its.negationFlag,
      its.sentiment,
      its.stem
    ]);
    allowed.its4document = /* @__PURE__ */ new Set([
      its.value,
      its.normal,
      its.span,
      its.markedUpText,
      its.negationFlag,
      its.sentiment,
      its.stem,
      its.readabilityStats,
      its.sentenceWiseImportance
    ]);
    module.exports = allowed;
  }
});

// node_modules/wink-nlp/src/api/itm-token-out.js
var require_itm_token_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-token-out.js"(exports, module) {
    var its = require_its();
    var allowed = require_allowed();
    var itmTokenOut = function(index, rdd, itsf, addons) {
      var f = allowed.its4token.has(itsf) ? itsf : its.value;
      return f(index, rdd, addons);
    };
    module.exports = itmTokenOut;
  }
});

// node_modules/wink-nlp/src/api/col-tokens-out.js
var require_col_tokens_out = __commonJS({
  "node_modules/wink-nlp/src/api/col-tokens-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var reconstructSpaces = require_reconstruct_spaces();
    var colTokensOut = function(start, end, rdd, itsf, asf, addons) {
      var mappedTkns = [];
      var itsfn = itsf && allowed.its4tokens.has(itsf) ? itsf : its.value;
      var asfn = asf && allowed.as4tokens.has(asf) ? asf : as.array;
      if (itsfn !== its.value && itsfn !== its.normal && itsfn !== its.lemma && asfn === as.vector) {
        throw Error("winkNLP: as.vector is allowed only with its value or normal or lemma.");
      }
      if (asfn === as.text || asfn === as.markedUpText) {
        for (let i = start; i <= end; i += 1) {
          mappedTkns.push(reconstructSpaces(i, rdd), itsf(i, rdd, addons));
        }
      } else {
        for (let i = start; i <= end; i += 1) {
          mappedTkns.push(itsfn(i, rdd, addons));
        }
      }
      return asfn(mappedTkns, rdd, start, end);
    };
    module.exports = colTokensOut;
  }
});

// node_modules/wink-nlp/src/api/sel-tokens-out.js
var require_sel_tokens_out = __commonJS({
  "node_modules/wink-nlp/src/api/sel-tokens-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var reconstructSpaces = require_reconstruct_spaces();
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var psMask = constants.psMask;
    var selTokensOut = function(selTokens, rdd, itsf, asf, addons) {
      var mappedTkns = [];
      var itsfn = itsf && allowed.its4selTokens.has(itsf) ? itsf : its.value;
      var asfn = asf && allowed.as4selTokens.has(asf) ? asf : as.array;
      if (itsfn !== its.value && itsfn !== its.normal && itsfn !== its.lemma && asfn === as.vector) {
        throw Error("winkNLP: as.vector is allowed only with its value or normal or lemma.");
      }
      if (asfn === as.text) {
        for (let i = 0; i < selTokens.length; i += 1) {
          mappedTkns.push(reconstructSpaces(selTokens[i], rdd), itsf(selTokens[i], rdd, addons));
        }
      } else {
        for (let i = 0; i < selTokens.length; i += 1) {
          mappedTkns.push(itsfn(selTokens[i], rdd, addons));
        }
      }
      return asfn(mappedTkns, rdd);
    };
    module.exports = selTokensOut;
  }
});

// node_modules/wink-nlp/src/api/itm-entity-out.js
var require_itm_entity_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-entity-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var colTokensOut = require_col_tokens_out();
    var itmEntityOut = function(index, entities, rdd, itsf) {
      var entity = entities[index];
      var itsfn = itsf && allowed.its4entity.has(itsf) ? itsf : its.value;
      var detail;
      if (itsfn === its.detail) {
        detail = /* @__PURE__ */ Object.create(null);
        detail.value = colTokensOut(entity[0], entity[1], rdd, its.value, as.text);
        detail.type = entity[2];
        return detail;
      }
      if (itsfn === its.type) {
        return entity[2];
      }
      if (itsfn === its.span) {
        return its.span(entity);
      }
      return colTokensOut(entity[0], entity[1], rdd, itsfn, as.text);
    };
    module.exports = itmEntityOut;
  }
});

// node_modules/wink-nlp/src/api/col-entities-out.js
var require_col_entities_out = __commonJS({
  "node_modules/wink-nlp/src/api/col-entities-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var itmEntityOut = require_itm_entity_out();
    var colEntitiesOut = function(entities, rdd, itsf, asf) {
      var ents = [];
      for (let i = 0; i < entities.length; i += 1) {
        ents.push(itmEntityOut(i, entities, rdd, itsf));
      }
      var asfn = allowed.as4entities.has(asf) && itsf !== its.detail && itsf !== its.span ? asf : as.array;
      return asfn(ents);
    };
    module.exports = colEntitiesOut;
  }
});

// node_modules/wink-nlp/src/api/sel-entities-out.js
var require_sel_entities_out = __commonJS({
  "node_modules/wink-nlp/src/api/sel-entities-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var itmEntityOut = require_itm_entity_out();
    var selEntitiesOut = function(selEntities, entities, rdd, itsf, asf) {
      var ents = [];
      for (let i = 0; i < selEntities.length; i += 1) {
        ents.push(itmEntityOut(selEntities[i], entities, rdd, itsf));
      }
      var asfn = allowed.as4selEntities.has(asf) && itsf !== its.detail && itsf !== its.span ? asf : as.array;
      return asfn(ents);
    };
    module.exports = selEntitiesOut;
  }
});

// node_modules/wink-nlp/src/api/itm-sentence-out.js
var require_itm_sentence_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-sentence-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var colTokensOut = require_col_tokens_out();
    var itmSentenceOut = function(index, rdd, itsf, addons) {
      var sentence = rdd.sentences[index];
      var itsfn = itsf && allowed.its4sentence.has(itsf) ? itsf : its.value;
      if (itsfn === its.span || itsfn === its.sentiment) {
        return itsfn(sentence);
      }
      if (itsfn === its.negationFlag) {
        return sentence[2] === 1;
      }
      var asfn = itsfn === its.markedUpText ? as.markedUpText : as.text;
      return colTokensOut(sentence[0], sentence[1], rdd, itsfn, asfn, addons);
    };
    module.exports = itmSentenceOut;
  }
});

// node_modules/wink-nlp/src/api/col-sentences-out.js
var require_col_sentences_out = __commonJS({
  "node_modules/wink-nlp/src/api/col-sentences-out.js"(exports, module) {
    var itmSentenceOut = require_itm_sentence_out();
    var colSentencesOut = function(rdd, itsf, addons) {
      var sents = [];
      for (let i = 0; i < rdd.sentences.length; i += 1) {
        sents.push(itmSentenceOut(i, rdd, itsf, addons));
      }
      return sents;
    };
    module.exports = colSentencesOut;
  }
});

// node_modules/wink-nlp/src/api/itm-document-out.js
var require_itm_document_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-document-out.js"(exports, module) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var colTokensOut = require_col_tokens_out();
    var itmDocumentOut = function(rdd, itsf, addons) {
      var document = rdd.document;
      var itsfn = itsf && allowed.its4document.has(itsf) ? itsf : its.value;
      if (itsfn === its.span || itsfn === its.sentiment) {
        return itsfn(document);
      }
      if (itsfn === its.negationFlag) {
        return document[2] === 1;
      }
      if (itsfn === its.readabilityStats) {
        return itsfn(rdd, addons);
      }
      if (itsfn === its.sentenceWiseImportance) {
        return itsfn(rdd);
      }
      var asfn = itsfn === its.markedUpText ? as.markedUpText : as.text;
      return colTokensOut(document[0], document[1], rdd, itsfn, asfn, addons);
    };
    module.exports = itmDocumentOut;
  }
});

// node_modules/wink-nlp/src/api/print-tokens.js
var require_print_tokens = __commonJS({
  "node_modules/wink-nlp/src/api/print-tokens.js"(exports, module) {
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var psMask = constants.psMask;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var printTokens = function(tokens, cache) {
      var imax = tokens.length;
      var i, j;
      var t, tv;
      var pad = "                         ";
      var str;
      var props = ["prefix", "suffix", "shape", "lutCase", "nerHint", "tokenType"];
      console.log("\n\ntoken      p-spaces   prefix  suffix  shape   case    nerHint type     normal/pos");
      console.log("\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014");
      for (i = 0; i < imax; i += tkSize) {
        str = "";
        t = tokens[i];
        tv = cache.value(t);
        str += (JSON.stringify(tv).replace(/"/g, "") + pad).slice(0, 18);
        str += ((tokens[i + 1] & psMask) + pad).slice(0, 4);
        for (j = 0; j < props.length; j += 1) {
          str += (JSON.stringify(cache.property(t, props[j])).replace(/"/g, "") + pad).slice(0, 8);
        }
        if (tokens[i + 1] > 65535) {
          str += " " + cache.value(cache.nox(tokens[i + 1]));
          str += " / " + cache.valueOf("pos", (tokens[i + 2] & posMask) >>> bits4lemma);
        } else {
          str += " " + JSON.stringify(cache.value(cache.normal(t))).replace(/"/g, "");
          str += " / " + cache.property(t, "pos");
        }
        console.log(str);
        str += " / " + cache.valueOf("pos", (tokens[i + 2] & posMask) >>> bits4lemma);
      }
      console.log("\n\ntotal number of tokens: %d", tokens.length / tkSize);
    };
    module.exports = printTokens;
  }
});

// node_modules/wink-nlp/src/doc-v2.js
var require_doc_v2 = __commonJS({
  "node_modules/wink-nlp/src/doc-v2.js"(exports, module) {
    var containedEntities = require_contained_entities();
    var getParentItem = require_get_parent_item();
    var colGetItemAt = require_col_get_item();
    var selGetItemAt = require_sel_get_item();
    var colEach = require_col_each();
    var selEach = require_sel_each();
    var colMap = require_col_map();
    var selMap = require_sel_map();
    var colFilter = require_col_filter();
    var selFilter = require_sel_filter();
    var itmTokenOut = require_itm_token_out();
    var colTokensOut = require_col_tokens_out();
    var selTokensOut = require_sel_tokens_out();
    var itmEntityOut = require_itm_entity_out();
    var colEntitiesOut = require_col_entities_out();
    var selEntitiesOut = require_sel_entities_out();
    var itmSentenceOut = require_itm_sentence_out();
    var colSentencesOut = require_col_sentences_out();
    var itmDocumentOut = require_itm_document_out();
    var printTokens = require_print_tokens();
    var its = require_its();
    var doc = function(docData, addons) {
      var cache = docData.cache;
      var tokens = docData.tokens;
      var entities = docData.entities;
      var customEntities = docData.customEntities;
      var sentences = docData.sentences;
      var markings = docData.markings;
      var colEntities;
      var colCustomEntities;
      var colTokens;
      var colSentences;
      var colSelectedEntities;
      var colSelectedCustomEntities;
      var colSelectedTokens;
      var itemToken;
      var itemEntity;
      var itemCustomEntity;
      var itemSentence;
      var contextualVectors;
      var isLexeme = cache.lookup;
      var methods = /* @__PURE__ */ Object.create(null);
      itemToken = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.parentEntity = () => getParentItem(index, entities, itemEntity);
        api.parentCustomEntity = () => getParentItem(index, customEntities, itemCustomEntity);
        api.markup = (beginMarker, endMarker) => markings.push([index, index, beginMarker, endMarker]);
        api.out = (f) => itmTokenOut(index, docData, f, addons);
        api.parentSentence = () => getParentItem(index, sentences, itemSentence);
        api.index = () => index;
        return api;
      };
      colSelectedTokens = function(selectedTokens) {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => selEach(f, selectedTokens, itemToken);
        api.map = (f) => selMap(f, selectedTokens, itemToken);
        api.filter = (f) => selFilter(f, selectedTokens, itemToken, colSelectedTokens);
        api.itemAt = (k) => selGetItemAt(k, selectedTokens, itemToken);
        api.length = () => selectedTokens.length;
        api.out = (f, g) => selTokensOut(selectedTokens, docData, f, g, addons);
        return api;
      };
      colTokens = function(start, end) {
        return (function() {
          var api = /* @__PURE__ */ Object.create(null);
          api.each = (f) => colEach(f, start, end, itemToken);
          api.map = (f) => colMap(f, start, end, itemToken);
          api.filter = (f) => colFilter(f, start, end, itemToken, colSelectedTokens);
          api.itemAt = (k) => colGetItemAt(k, start, end, itemToken);
          api.length = () => end - start + 1;
          api.out = (f, g) => colTokensOut(start, end, docData, f, g, addons);
          return api;
        });
      };
      itemEntity = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.markup = (beginMarker, endMarker) => markings.push([entities[index][0], entities[index][1], beginMarker, endMarker]);
        api.out = (f) => itmEntityOut(index, entities, docData, f);
        api.parentSentence = () => getParentItem(entities[index][0], sentences, itemSentence);
        api.tokens = colTokens(entities[index][0], entities[index][1]);
        api.index = () => index;
        return api;
      };
      colSelectedEntities = function(selectedEntities) {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => selEach(f, selectedEntities, itemEntity);
        api.map = (f) => selMap(f, selectedEntities, itemEntity);
        api.filter = (f) => selFilter(f, selectedEntities, itemEntity, colSelectedEntities);
        api.itemAt = (k) => selGetItemAt(k, selectedEntities, itemEntity);
        api.length = () => selectedEntities.length;
        api.out = (f, g) => selEntitiesOut(selectedEntities, entities, docData, f, g);
        return api;
      };
      colEntities = function() {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => colEach(f, 0, entities.length - 1, itemEntity);
        api.map = (f) => colMap(f, 0, entities.length - 1, itemEntity);
        api.filter = (f) => colFilter(f, 0, entities.length - 1, itemEntity, colSelectedEntities);
        api.itemAt = (k) => colGetItemAt(k, 0, entities.length - 1, itemEntity);
        api.length = () => entities.length;
        api.out = (f, g) => colEntitiesOut(entities, docData, f, g);
        return api;
      };
      itemCustomEntity = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.markup = (beginMarker, endMarker) => markings.push([customEntities[index][0], customEntities[index][1], beginMarker, endMarker]);
        api.out = (f) => itmEntityOut(index, customEntities, docData, f);
        api.parentSentence = () => getParentItem(customEntities[index][0], sentences, itemSentence);
        api.tokens = colTokens(customEntities[index][0], customEntities[index][1]);
        api.index = () => index;
        return api;
      };
      colSelectedCustomEntities = function(selectedCustomEntities) {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => selEach(f, selectedCustomEntities, itemCustomEntity);
        api.map = (f) => selMap(f, selectedCustomEntities, itemCustomEntity);
        api.filter = (f) => selFilter(f, selectedCustomEntities, itemCustomEntity, colSelectedCustomEntities);
        api.itemAt = (k) => selGetItemAt(k, selectedCustomEntities, itemCustomEntity);
        api.length = () => selectedCustomEntities.length;
        api.out = (f, g) => selEntitiesOut(selectedCustomEntities, customEntities, docData, f, g);
        return api;
      };
      colCustomEntities = function() {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => colEach(f, 0, customEntities.length - 1, itemCustomEntity);
        api.map = (f) => colMap(f, 0, customEntities.length - 1, itemCustomEntity);
        api.filter = (f) => colFilter(f, 0, customEntities.length - 1, itemCustomEntity, colSelectedCustomEntities);
        api.itemAt = (k) => colGetItemAt(k, 0, customEntities.length - 1, itemCustomEntity);
        api.length = () => customEntities.length;
        api.out = (f, g) => colEntitiesOut(customEntities, docData, f, g);
        return api;
      };
      itemSentence = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.markup = (beginMarker, endMarker) => markings.push([sentences[index][0], sentences[index][1], beginMarker, endMarker]);
        api.out = (f) => itmSentenceOut(index, docData, f, addons);
        api.entities = () => colSelectedEntities(containedEntities(entities, sentences[index][0], sentences[index][1]));
        api.customEntities = () => colSelectedCustomEntities(containedEntities(customEntities, sentences[index][0], sentences[index][1]));
        api.tokens = colTokens(sentences[index][0], sentences[index][1]);
        api.index = () => index;
        return api;
      };
      colSentences = function() {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => colEach(f, 0, sentences.length - 1, itemSentence);
        api.map = (f) => colMap(f, 0, sentences.length - 1, itemSentence);
        api.itemAt = (k) => colGetItemAt(k, 0, sentences.length - 1, itemSentence);
        api.length = () => sentences.length;
        api.out = (f) => colSentencesOut(docData, f, addons);
        return api;
      };
      contextualVectors = function({ lemma = true, specificWordVectors = [], similarWordVectors = false, wordVectorsLimit = 0 } = {}) {
        if (docData.wordVectors === null)
          throw Error("wink-nlp: word vectors are not loaded: load them winkNLP's instantiation time.");
        if (!Array.isArray(specificWordVectors))
          throw Error(`wink-nlp: expecting a valid Javascript array for similarWordVectos, instead found "${typeof specificWordVectors}".`);
        if (!Number.isInteger(wordVectorsLimit) || wordVectorsLimit >= docData.wordVectors.size)
          throw Error("wink-nlp: invalid value or type encountered for wordVectorsLimit.");
        if (lemma && !docData.currPipe.pos)
          throw Error(`wink-nlp: Can't create lemma vectors without pos: add a "pos" to NLP pipe.`);
        const cv = /* @__PURE__ */ Object.create(null);
        cv.precision = docData.wordVectors.precision;
        cv.l2NormIndex = docData.wordVectors.l2NormIndex;
        cv.wordIndex = docData.wordVectors.wordIndex;
        cv.dimensions = docData.wordVectors.dimensions;
        cv.unkVector = docData.wordVectors.unkVector.slice(0);
        cv.size = 0;
        cv.words = [];
        cv.vectors = /* @__PURE__ */ Object.create(null);
        const awvs = docData.wordVectors.vectors;
        const docTokens = colTokens(0, docData.numOfTokens - 1)().out().map((t) => t.toLowerCase());
        let docTokensLemma = [];
        if (lemma) docTokensLemma = colTokens(0, docData.numOfTokens - 1)().out(its.lemma).map((t) => t.toLowerCase());
        for (let i = 0; i < docTokens.length; i += 1) cv.vectors[docTokens[i]] = (awvs[docTokens[i]] || cv.unkVector).slice(0);
        for (let i = 0; i < docTokensLemma.length; i += 1) cv.vectors[docTokensLemma[i]] = (awvs[docTokensLemma[i]] || cv.unkVector).slice(0);
        for (let i = 0; i < specificWordVectors.length; i += 1) {
          const spWord = specificWordVectors[i] ? specificWordVectors[i].toString().trim() : false;
          if (spWord)
            cv.vectors[specificWordVectors[i]] = (awvs[specificWordVectors[i]] || cv.unkVector).slice(0);
        }
        if (similarWordVectors) {
          const allUniqueTokens = Object.keys(cv.vectors);
          const similarWords = new Array(allUniqueTokens.length);
          const similarWordsScore = new Array(allUniqueTokens.length);
          similarWordsScore.fill(1e6);
          cv.size = allUniqueTokens.length;
          for (let i = 0; i < allUniqueTokens.length; i += 1) {
            const cwv = cv.vectors[allUniqueTokens[i]];
            for (const word in awvs) {
              if (word === allUniqueTokens[i]) continue;
              const wv = awvs[word];
              let distance = 0;
              for (let k = 0; k < cv.dimensions && distance < similarWordsScore[i]; k += 1) {
                distance += Math.abs(cwv[k] - wv[k]);
              }
              if (distance < similarWordsScore[i]) {
                similarWordsScore[i] = distance;
                similarWords[i] = word;
              }
            }
          }
          for (let i = 0; i < similarWords.length; i += 1) {
            if (cv.vectors[similarWords[i]] === void 0) {
              cv.vectors[similarWords[i]] = awvs[similarWords[i]].slice(0);
              cv.size += 1;
            }
          }
        } else cv.size = Object.keys(cv.vectors).length;
        for (let i = 0; cv.size < wordVectorsLimit; i += 1) {
          const word = docData.wordVectors.words[i];
          if (!cv.vectors[word]) {
            cv.vectors[word] = awvs[word].slice(0);
            cv.size += 1;
          }
        }
        cv.words = Object.keys(cv.vectors).map((w) => ({ w, i: cv.vectors[w][cv.wordIndex] < 0 ? Infinity : cv.vectors[w][cv.wordIndex] })).sort((a, b) => a.i - b.i).map((o) => o.w);
        for (let i = 0; i < cv.size; i += 1) cv.vectors[cv.words[i]][cv.wordIndex] = i;
        return JSON.stringify(cv);
      };
      methods.entities = colEntities;
      methods.customEntities = colCustomEntities;
      methods.isLexeme = isLexeme;
      methods.isOOV = cache.isOOV;
      methods.out = (f) => itmDocumentOut(docData, f, addons);
      methods.sentences = colSentences;
      methods.tokens = colTokens(0, docData.numOfTokens - 1);
      methods.printTokens = () => printTokens(tokens, cache);
      methods.pipeConfig = () => JSON.parse(JSON.stringify(docData.currPipe));
      methods.contextualVectors = contextualVectors;
      return methods;
    };
    module.exports = doc;
  }
});

// node_modules/wink-nlp/src/cache.js
var require_cache = __commonJS({
  "node_modules/wink-nlp/src/cache.js"(exports, module) {
    var constants = require_constants();
    var xnMask = constants.xnMask;
    var bits4PrecedingSpace = constants.bits4PrecedingSpace;
    var xcMask = constants.xcMask;
    var bits4xpPointer = constants.bits4xpPointer;
    var cache = function(model, featureFn) {
      const fTokenType = "tokenType";
      var methods = /* @__PURE__ */ Object.create(null);
      var lexemesHash = model.features.lexeme.hash;
      var lxm = model.features.lexeme;
      var lexemeIntrinsicSize = model.features.lexeme.intrinsicSize;
      var layout = model.packing.layout;
      var pkSize = model.packing.size;
      var efSize = model.packing.efSize;
      var efList = model.packing.efList;
      var efListSize = efList.length;
      var lexicon = model.lexicon;
      var xpansions = model.xpansions;
      var posClusters = model.features.posClusters.list;
      var extrinsicLexicon = [];
      var elBasePackingSize = 2;
      var elPackingSize = 2 + efSize;
      var efArray = new Uint32Array(efSize);
      var feature = featureFn(model.packing.config);
      var efHash = /* @__PURE__ */ Object.create(null);
      efHash.tokenType = true;
      efList.forEach((ef) => efHash[ef] = true);
      var getFeaturesIndex = function(name, value2) {
        var f = model.features[name];
        var h = f.hash;
        var l = f.list;
        var isNewValue = 0;
        var index = h[value2];
        if (index === void 0) {
          index = h[value2] = f.index;
          f.index = l.push(value2);
          isNewValue = 1;
        }
        return [isNewValue, index];
      };
      var add = function(text, category) {
        var normText = text.toLowerCase();
        var textIndex = getFeaturesIndex("lexeme", text);
        var normIndex = normText === text ? textIndex : getFeaturesIndex("lexeme", normText);
        var cfg, f, fv, fv4p, k;
        if (textIndex[0]) {
          efArray.fill(0);
          for (k = 0; k < efListSize; k += 1) {
            f = efList[k];
            cfg = layout[f];
            fv = feature[f](text, category, methods);
            fv4p = cfg[3] ? fv : getFeaturesIndex(f, fv)[1];
            efArray[cfg[0]] |= fv4p << cfg[2];
          }
          f = fTokenType;
          cfg = layout[f];
          efArray[cfg[0]] |= category << cfg[2];
          extrinsicLexicon.push(normIndex[1], normIndex[1], ...efArray);
        }
        if (textIndex[1] !== normIndex[1]) {
          if (normIndex[0]) {
            efArray.fill(0);
            for (k = 0; k < efListSize; k += 1) {
              f = efList[k];
              cfg = layout[f];
              fv = feature[f](normText, category, methods);
              fv4p = cfg[3] ? fv : getFeaturesIndex(f, fv)[1];
              efArray[cfg[0]] |= fv4p << cfg[2];
            }
            f = fTokenType;
            cfg = layout[f];
            efArray[cfg[0]] |= category << cfg[2];
            extrinsicLexicon.push(normIndex[1], normIndex[1], ...efArray);
          }
        }
        return textIndex[1];
      };
      var lookup = function(text) {
        var layout4isContraction = layout.isContraction;
        var layout4lemma = layout.lemma;
        var index = lexemesHash[text];
        var lemma;
        var cc, cx, cxi;
        if (index === void 0) return null;
        var tokens = [];
        var isContraction;
        if (index < lexemeIntrinsicSize) {
          isContraction = (lexicon[layout4isContraction[0] + index * pkSize] & layout4isContraction[1]) >>> layout4isContraction[2];
          if (isContraction) {
            lemma = (lexicon[layout4lemma[0] + index * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
            cx = lemma & 16383;
            cc = (lemma & xcMask << bits4xpPointer) >> bits4xpPointer;
            for (cxi = 0; cxi < cc; cxi += 4) {
              tokens.push(
                xpansions[cx + cxi],
                // lexeme
                cx + cxi + 1,
                // normal (pointer to xpansion & not to lexicon)
                xpansions[cx + cxi + 2],
                // lemma
                xpansions[cx + cxi + 3]
                // pos
              );
            }
          } else {
            tokens.push(index);
          }
        } else {
          tokens.push(index);
        }
        return tokens;
      };
      var value = function(index) {
        return lxm.list[index];
      };
      var normal = function(index) {
        var layout4normal = layout.normal;
        var layout4mapped = layout.isSpellingMapped;
        var layout4lemma = layout.lemma;
        var isSpellingMapped;
        var oovIdx;
        var normIndex;
        if (index < lexemeIntrinsicSize) {
          normIndex = (lexicon[layout4normal[0] + index * pkSize] & layout4normal[1]) >>> layout4normal[2];
          isSpellingMapped = (lexicon[layout4mapped[0] + index * pkSize] & layout4mapped[1]) >>> layout4mapped[2];
          if (isSpellingMapped) {
            normIndex = (lexicon[layout4lemma[0] + index * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
          } else {
            normIndex += index;
          }
        } else {
          oovIdx = index - lexemeIntrinsicSize;
          normIndex = extrinsicLexicon[oovIdx * elPackingSize];
          if (normIndex < lexemeIntrinsicSize) {
            isSpellingMapped = (lexicon[layout4mapped[0] + normIndex * pkSize] & layout4mapped[1]) >>> layout4mapped[2];
            if (isSpellingMapped) {
              normIndex = (lexicon[layout4lemma[0] + normIndex * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
            }
          }
        }
        return normIndex;
      };
      var mappedSpelling = function(index) {
        var layout4mapped = layout.isSpellingMapped;
        var layout4lemma = layout.lemma;
        var isSpellingMapped;
        var mappedIndex = index;
        if (index < lexemeIntrinsicSize) {
          isSpellingMapped = (lexicon[layout4mapped[0] + index * pkSize] & layout4mapped[1]) >>> layout4mapped[2];
          if (isSpellingMapped) {
            mappedIndex = (lexicon[layout4lemma[0] + index * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
          }
        }
        return mappedIndex;
      };
      var nox = function(binaryWord) {
        return xpansions[(binaryWord & xnMask) >>> bits4PrecedingSpace];
      };
      var property = function(index, prop) {
        var propValue;
        var oovIdx;
        var layout4Prop;
        if (index < lexemeIntrinsicSize) {
          layout4Prop = layout[prop];
          if (layout4Prop === void 0) return null;
          propValue = (lexicon[layout4Prop[0] + index * pkSize] & layout4Prop[1]) >>> layout4Prop[2];
          if (layout4Prop[3] === 0 || layout4Prop[5] === 1) propValue = model.features[prop].list[propValue];
        } else {
          if (!efHash[prop]) return 0;
          oovIdx = index - lexemeIntrinsicSize;
          layout4Prop = layout[prop];
          propValue = (extrinsicLexicon[oovIdx * elPackingSize + elBasePackingSize + layout4Prop[0]] & layout4Prop[1]) >>> layout4Prop[2];
          if (layout4Prop[3] === 0 || layout4Prop[5] === 1) propValue = model.features[prop].list[propValue];
        }
        return propValue;
      };
      var isMemberPOS = function(lexemeIdx, posIdx) {
        return posClusters[property(lexemeIdx, "lexemeCID")].has(+posIdx);
      };
      var posOf = function(index) {
        var posValue;
        var oovIdx;
        var layout4Prop;
        if (index < lexemeIntrinsicSize) {
          layout4Prop = layout.pos;
          posValue = (lexicon[layout4Prop[0] + index * pkSize] & layout4Prop[1]) >>> layout4Prop[2];
        } else {
          oovIdx = index - lexemeIntrinsicSize;
          layout4Prop = layout.pos;
          posValue = (extrinsicLexicon[oovIdx * elPackingSize + elBasePackingSize + layout4Prop[0]] & layout4Prop[1]) >>> layout4Prop[2];
        }
        return posValue;
      };
      var valueOf = function(prop, index) {
        return model.features[prop].list[index];
      };
      var currentSize = function() {
        return lxm.list.length - 1;
      };
      var intrinsicSize = function() {
        return lexemeIntrinsicSize;
      };
      var hasSamePOS = function(text, pos) {
        var textIndex = lookup(text);
        if (!textIndex) return false;
        if (textIndex.length > 1) return false;
        if (textIndex[0] >= lexemeIntrinsicSize) return false;
        if (property(textIndex, "isBaseForm") === 0) return false;
        return isMemberPOS(textIndex[0], model.pos.hash[pos]);
      };
      var isOOV = function(text) {
        var textIndex = lookup(text);
        if (!textIndex) return true;
        if (textIndex.length > 1) return false;
        if (textIndex[0] >= lexemeIntrinsicSize) return true;
        return false;
      };
      methods.add = add;
      methods.lookup = lookup;
      methods.value = value;
      methods.property = property;
      methods.normal = normal;
      methods.nox = nox;
      methods.posOf = posOf;
      methods.valueOf = valueOf;
      methods.currentSize = currentSize;
      methods.intrinsicSize = intrinsicSize;
      methods.isOOV = isOOV;
      methods.isMemberPOS = isMemberPOS;
      methods.hasSamePOS = hasSamePOS;
      methods.mappedSpelling = mappedSpelling;
      return methods;
    };
    module.exports = cache;
  }
});

// node_modules/wink-nlp/src/recursive-tokenizer.js
var require_recursive_tokenizer = __commonJS({
  "node_modules/wink-nlp/src/recursive-tokenizer.js"(exports, module) {
    var RGX = 0;
    var CAT = 1;
    var rgxShortFormDot = /^(?:(?:[A-Z])(?:\.))+$/i;
    var rgxShortForm = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;
    var rgxHyphens = /[\-\–\—]/gi;
    var rgxPeriod = /[\.]/gi;
    var rgxNumber = /[0-9]/;
    var tokenizer = function(categories, preserve) {
      var addToken;
      var addTokenIfInCache;
      var isLexeme;
      var ps = 0;
      var nonBreakingSpaces = null;
      var pushHyphenatedToken = function(tkn, tokens) {
        var words;
        var hyphens;
        var i, k, last;
        if (isLexeme(tkn) || rgxNumber.test(tkn)) {
          tokens.push([tkn, categories.word]);
          return;
        }
        hyphens = tkn.match(rgxHyphens);
        if (hyphens === null) {
          tokens.push([tkn, categories.word]);
          return;
        }
        words = tkn.split(rgxHyphens);
        last = words.length - 1;
        if (preserve.prefix[words[0]] || preserve.suffix[words[last]]) {
          tokens.push([tkn, categories.word]);
          return;
        }
        k = 0;
        for (i = 0; i < words.length; i += 1) {
          if (words[i] !== "") {
            tokens.push([words[i], categories.word]);
          }
          if (k < hyphens.length) {
            tokens.push([hyphens[k], categories.punctuation]);
          }
          k += 1;
        }
      };
      var pushWordToken = function(tkn, tokens) {
        var words;
        var periods;
        var i, k;
        var currBuild = "";
        var nextBuild = "";
        if (isLexeme(tkn) || rgxShortFormDot.test(tkn)) {
          tokens.push([tkn, categories.word]);
          return;
        }
        periods = tkn.match(rgxPeriod);
        if (periods === null) {
          pushHyphenatedToken(tkn, tokens);
          return;
        }
        words = tkn.split(rgxPeriod);
        k = 0;
        for (i = 0; i < words.length; i += 1) {
          nextBuild = currBuild + words[i];
          if (rgxShortForm.test(nextBuild) || isLexeme(nextBuild) && nextBuild.length > 2 || currBuild === "") {
            currBuild = nextBuild;
          } else {
            pushHyphenatedToken(currBuild, tokens);
            currBuild = words[i];
            nextBuild = "";
          }
          if (k < periods.length) {
            nextBuild = currBuild + periods[k];
            if (rgxShortForm.test(nextBuild) || isLexeme(nextBuild) && nextBuild.length > 2) {
              currBuild = nextBuild;
            } else {
              pushHyphenatedToken(currBuild, tokens);
              tokens.push([periods[k], categories.punctuation]);
              currBuild = "";
              nextBuild = "";
            }
          }
          k += 1;
        }
        if (currBuild !== "") pushHyphenatedToken(currBuild, tokens);
      };
      var tokenizeTextUnit = function(text, rgxSplit) {
        var matches = text.match(rgxSplit[RGX]);
        var balance = text.split(rgxSplit[RGX]);
        var tokens = [];
        var tag = rgxSplit[CAT];
        var i, imax, k, t;
        matches = matches ? matches : [];
        k = 0;
        for (i = 0, imax = balance.length; i < imax; i += 1) {
          t = balance[i];
          t = t.trim();
          if (t) tokens.push(t);
          if (k < matches.length) {
            if (tag === categories.word) {
              pushWordToken(matches[k], tokens);
            } else {
              tokens.push([matches[k], tag]);
            }
          }
          k += 1;
        }
        return tokens;
      };
      var tokenizeTextRecursively = function(text, regexes) {
        var sentence = text.trim();
        var tokens = [];
        var i, imax;
        var cat;
        if (!regexes.length) {
          addToken(text, categories.unk, ps, nonBreakingSpaces);
          ps = 0;
          return;
        }
        var rgx = regexes[0];
        tokens = tokenizeTextUnit(sentence, rgx);
        for (i = 0, imax = tokens.length; i < imax; i += 1) {
          if (typeof tokens[i] === "string") {
            tokenizeTextRecursively(tokens[i], regexes.slice(1));
          } else {
            cat = addTokenIfInCache(tokens[i][0], ps, nonBreakingSpaces);
            if (cat === categories.unk) addToken(tokens[i][0], tokens[i][1], ps, nonBreakingSpaces);
            ps = 0;
          }
        }
      };
      var tokenize = function(rgxs, text, precedingSpaces, doc, nbsp) {
        addToken = doc._addToken;
        addTokenIfInCache = doc._addTokenIfInCache;
        isLexeme = doc.isLexeme;
        ps = precedingSpaces;
        nonBreakingSpaces = nbsp;
        tokenizeTextRecursively(text, rgxs, precedingSpaces);
      };
      return tokenize;
    };
    module.exports = tokenizer;
  }
});

// node_modules/wink-nlp/src/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/wink-nlp/src/tokenizer.js"(exports, module) {
    var recTokenizer = require_recursive_tokenizer();
    var tokenizer = function(trex, categories, preserve) {
      var maxPrecedingSpaces = 65535;
      var processFunctions = [];
      var rgxCatDetectors = trex.ltc;
      var tokenizeRecursively = recTokenizer(categories, preserve);
      var rgxAnyWithRP = trex.helpers.anyWithRP;
      var rgxAnyWithLP = trex.helpers.anyWithLP;
      var rgxLPanyRP = trex.helpers.LPanyRP;
      var rgxSplitter = trex.helpers.splitter;
      var detectTokenCategory = function(token) {
        var cat;
        for (cat = 0; cat < rgxCatDetectors.length; cat += 1) {
          if (rgxCatDetectors[cat][0].test(token)) return rgxCatDetectors[cat][1];
        }
        return categories.unk;
      };
      var processUnk = function(text, cat, precedingSpaces, doc, nbsp) {
        var match;
        var splitCat;
        match = text.match(rgxAnyWithRP);
        if (match) {
          splitCat = doc._addTokenIfInCache(match[1], precedingSpaces, nbsp);
          if (splitCat === categories.unk) {
            splitCat = detectTokenCategory(match[1]);
            if (splitCat === categories.unk) {
              tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
            } else {
              processFunctions[splitCat](match[1], splitCat, precedingSpaces, doc, nbsp);
              doc._addToken(match[2], categories.punctuation, 0, nbsp);
            }
          } else {
            doc._addToken(match[2], categories.punctuation, 0, nbsp);
          }
          return;
        }
        match = text.match(rgxAnyWithLP);
        if (match) {
          if (doc.isLexeme(match[2])) {
            doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
            doc._addTokenIfInCache(match[2], 0, nbsp);
          } else {
            splitCat = detectTokenCategory(match[2]);
            if (splitCat === categories.unk) {
              tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
            } else {
              doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
              processFunctions[splitCat](match[2], splitCat, 0, doc, nbsp);
            }
          }
          return;
        }
        match = text.match(rgxLPanyRP);
        if (match) {
          if (doc.isLexeme(match[2])) {
            doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
            doc._addTokenIfInCache(match[2], 0, nbsp);
            doc._addToken(match[3], categories.punctuation, 0, nbsp);
          } else {
            splitCat = detectTokenCategory(match[2]);
            if (splitCat === categories.unk) {
              tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
            } else {
              doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
              processFunctions[splitCat](match[2], splitCat, 0, doc, nbsp);
              doc._addToken(match[3], categories.punctuation, 0, nbsp);
            }
          }
          return;
        }
        tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
      };
      var processWordRP = function(token, cat, precedingSpaces, doc, nbsp) {
        var tl = token.length;
        if (tl > 2) {
          doc._addToken(token.slice(0, -1), categories.word, precedingSpaces, nbsp);
          doc._addToken(token.slice(-1), categories.punctuation, 0, nbsp);
        } else if (tl === 2 && token[tl - 1] === ".") {
          doc._addToken(token, categories.word, precedingSpaces, nbsp);
        } else {
          doc._addToken(token.slice(0, -1), categories.word, precedingSpaces, nbsp);
          doc._addToken(token.slice(-1), categories.punctuation, 0, nbsp);
        }
      };
      var processDefault = function(token, cat, precedingSpaces, doc, nbsp) {
        doc._addToken(token, cat, precedingSpaces, nbsp);
      };
      var tokenize = function(doc, text) {
        var rawTokens = [];
        var precedingSpaces = 0;
        var nbSpaces = null;
        var p;
        var cat;
        var t;
        rawTokens = text.split(rgxSplitter);
        for (p = 0; p < rawTokens.length; p += 1) {
          t = rawTokens[p];
          if (!t) continue;
          const hasNBSP = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/.test(t);
          if (t[0] === " " || hasNBSP) {
            precedingSpaces = t.length;
            if (hasNBSP) {
              nbSpaces = t;
              precedingSpaces = maxPrecedingSpaces;
            } else if (precedingSpaces > maxPrecedingSpaces - 1) precedingSpaces = maxPrecedingSpaces - 1;
          } else {
            cat = doc._addTokenIfInCache(t, precedingSpaces, nbSpaces);
            if (cat === categories.unk) {
              cat = detectTokenCategory(t);
              processFunctions[cat](t, cat, precedingSpaces, doc, nbSpaces);
            }
            precedingSpaces = 0;
            nbSpaces = null;
          }
        }
      };
      processFunctions[categories.unk] = processUnk;
      processFunctions[categories.wordRP] = processWordRP;
      processFunctions[categories.emoji] = processDefault;
      processFunctions[categories.word] = processDefault;
      processFunctions[categories.shortForm] = processDefault;
      processFunctions[categories.number] = processDefault;
      processFunctions[categories.url] = processDefault;
      processFunctions[categories.email] = processDefault;
      processFunctions[categories.mention] = processDefault;
      processFunctions[categories.hashtag] = processDefault;
      processFunctions[categories.emoticon] = processDefault;
      processFunctions[categories.time] = processDefault;
      processFunctions[categories.ordinal] = processDefault;
      processFunctions[categories.currency] = processDefault;
      processFunctions[categories.punctuation] = processDefault;
      processFunctions[categories.symbol] = processDefault;
      processFunctions[categories.tabCRLF] = processDefault;
      processFunctions[categories.apos] = processDefault;
      processFunctions[categories.alpha] = processDefault;
      processFunctions[categories.decade] = processDefault;
      return tokenize;
    };
    module.exports = tokenizer;
  }
});

// node_modules/wink-nlp/src/compile-trex.js
var require_compile_trex = __commonJS({
  "node_modules/wink-nlp/src/compile-trex.js"(exports, module) {
    var makeRegexes = function(config) {
      var rgx = [];
      var imax = config.length;
      var i;
      for (i = 0; i < imax; i += 1) {
        rgx.push([new RegExp(config[i][0], config[i][1]), config[i][2]]);
      }
      return rgx;
    };
    var compileTRex = function(trex) {
      var rtc;
      var ltc;
      var helpers = /* @__PURE__ */ Object.create(null);
      try {
        rtc = makeRegexes(trex.rtc);
        ltc = makeRegexes(trex.ltc);
        for (const h in trex.helpers) {
          helpers[h] = new RegExp(trex.helpers[h][0], trex.helpers[h][1]);
        }
      } catch (ex) {
        throw Error("wink-nlp: Invalid trex.\n\nDetails:\n" + ex.message);
      }
      return { rtc, ltc, helpers };
    };
    module.exports = compileTRex;
  }
});

// node_modules/wink-nlp/src/tokens-mappers.js
var require_tokens_mappers = __commonJS({
  "node_modules/wink-nlp/src/tokens-mappers.js"(exports, module) {
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var mappers = /* @__PURE__ */ Object.create(null);
    var mapRawTokens2UIdOfNormal = function(rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var mappedTokens = new Array(rdd.numOfTokens);
      var i, k;
      for (i = 0; i < tokens.length; i += tkSize) {
        k = i + 1;
        mappedTokens[i / tkSize] = tokens[k] > 65535 ? (
          // Handle contraction's expansion.
          cache.nox(tokens[k])
        ) : (
          // Handle all other words.
          cache.normal(tokens[i])
        );
      }
      return mappedTokens;
    };
    var mapRawTokens2UIdOfValue = function(rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var mappedTokens = new Array(rdd.numOfTokens);
      var i;
      for (i = 0; i < tokens.length; i += tkSize) {
        mappedTokens[i / tkSize] = cache.mappedSpelling(tokens[i]);
      }
      return mappedTokens;
    };
    var mapRawTokens2UIdOfDefaultPOS = function(rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var posTags = new Array(rdd.numOfTokens);
      let pk = 0;
      for (let i = 0; i < tokens.length; i += tkSize, pk += 1) {
        posTags[pk] = tokens[i + 2] === 0 ? (
          // Make UNK to NOUN to handle the remote possibility of ML POS being undefined!
          // Also use mapped spelling — this ensure correct pos tagging & lemmatization etc.
          // as mapped spelling is the gold spelling.
          cache.posOf(cache.mappedSpelling(tokens[i])) || 8
        ) : (tokens[i + 2] & posMask) >>> bits4lemma;
      }
      return posTags;
    };
    mappers.mapRawTokens2UIdOfNormal = mapRawTokens2UIdOfNormal;
    mappers.mapRawTokens2UIdOfValue = mapRawTokens2UIdOfValue;
    mappers.mapRawTokens2UIdOfDefaultPOS = mapRawTokens2UIdOfDefaultPOS;
    module.exports = mappers;
  }
});

// node_modules/wink-nlp/src/compose-patterns.js
var require_compose_patterns = __commonJS({
  "node_modules/wink-nlp/src/compose-patterns.js"(exports, module) {
    var regex = /\[.*?\]/g;
    var extractEnclosedText = function(text) {
      var elements = [], matches = text.match(regex);
      if (!matches || matches.length === 0) return null;
      for (var k = 0, kmax = matches.length; k < kmax; k += 1) {
        elements.push(matches[k].substr(1, matches[k].length - 2));
      }
      return elements;
    };
    var productReducer = function(prev, curr) {
      var c, cmax = curr.length;
      var p, pmax = prev.length;
      var result = [];
      for (p = 0; p < pmax; p += 1) {
        for (c = 0; c < cmax; c += 1) {
          result.push(prev[p].concat(curr[c]));
        }
      }
      return result;
    };
    var product = function(a) {
      return a.reduce(productReducer, [[]]);
    };
    var composePatterns = function(str) {
      if (!str || typeof str !== "string") return [];
      const LIMIT1 = 512;
      const LIMIT2 = 65536;
      var quotedTextElems = extractEnclosedText(str);
      var patterns = [];
      var finalPatterns = [];
      if (!quotedTextElems) return [[str]];
      quotedTextElems.forEach(function(e) {
        patterns.push(e.split("|"));
      });
      const size = patterns.reduce(((prev, curr) => prev * curr.length), 1);
      if (size > LIMIT1 && size < LIMIT2) {
        console.warn("winkNLP: complex pattern detected, consider simplifying it!");
      } else if (size > LIMIT2) console.error(
        "winkNLP: very complex pattern detected, please review and simplify.\n         === It may slow down further execution! ===\n\n"
      );
      product(patterns).forEach(function(e) {
        finalPatterns.push(e.join(" ").trim().split(/\s+/));
      });
      return finalPatterns;
    };
    module.exports = composePatterns;
  }
});

// node_modules/wink-nlp/src/identify-marked-area.js
var require_identify_marked_area = __commonJS({
  "node_modules/wink-nlp/src/identify-marked-area.js"(exports, module) {
    var identifyMarkedArea = function(mark, length) {
      const lm1 = length - 1;
      let [firstIndex, lastIndex] = mark;
      if (firstIndex < 0) firstIndex += length;
      firstIndex = Math.max(firstIndex, 0);
      if (firstIndex > lm1) firstIndex = 0;
      if (lastIndex < 0) lastIndex += length;
      lastIndex = Math.min(lastIndex, lm1);
      if (lastIndex < firstIndex) lastIndex = lm1;
      lastIndex = length - lastIndex - 1;
      return [firstIndex, lastIndex];
    };
    module.exports = identifyMarkedArea;
  }
});

// node_modules/wink-nlp/src/automaton.js
var require_automaton = __commonJS({
  "node_modules/wink-nlp/src/automaton.js"(exports, module) {
    var composePatterns = require_compose_patterns();
    var identifyMarkedArea = require_identify_marked_area();
    var eosTokenN = 207e4;
    var eosTokenX = "$%^EoS^%$";
    var otherwiseN = 2070003;
    var otherwiseX = " otherwise";
    var simpleFSM = function(cache, token2Ignore) {
      var methods = /* @__PURE__ */ Object.create(null);
      var fsm = /* @__PURE__ */ Object.create(null);
      const root = 0;
      var lastUsedState = 0;
      var terminalStates = /* @__PURE__ */ Object.create(null);
      var markedStates = /* @__PURE__ */ Object.create(null);
      var customPropertyAtStates = /* @__PURE__ */ Object.create(null);
      var substitutions;
      var onPatternDetectionFn;
      const toBeIgnoredToken = token2Ignore === void 0 ? "\n" : token2Ignore;
      const keyLF = cache === void 0 || cache === null ? toBeIgnoredToken : cache.lookup(toBeIgnoredToken)[0];
      const eosToken = cache === void 0 || cache === null ? eosTokenX : eosTokenN;
      const otherwise = cache === void 0 ? otherwiseX : otherwiseN;
      var getNextState = function(index, last, target) {
        if (index === last && target) return target;
        lastUsedState += 1;
        return lastUsedState;
      };
      var learnSinglePattern = function(name, pattern, mark, customProperty) {
        const length = pattern.length;
        const last = length - 1;
        const target = void 0;
        let state = root;
        let goBackTo = root;
        let ev, nextState;
        for (let k = 0; k < length; k += 1) {
          ev = pattern[k];
          if (fsm[state] === void 0) {
            fsm[state] = /* @__PURE__ */ Object.create(null);
            fsm[state][otherwise] = goBackTo;
          }
          if (fsm[state][ev] === void 0) {
            nextState = getNextState(k, last, target);
            fsm[state][ev] = nextState;
            state = nextState;
          } else if (terminalStates[fsm[state][ev]]) {
            if (fsm[state][otherwise] === root) fsm[state][otherwise] = goBackTo;
            goBackTo = fsm[state][ev];
            nextState = getNextState(k, last, target);
            fsm[state][ev] = nextState;
            state = nextState;
          } else if (k === last) {
            nextState = getNextState(k, last, target);
            fsm[fsm[state][ev]][otherwise] = nextState;
            state = nextState;
          } else {
            state = fsm[state][ev];
          }
        }
        terminalStates[state] = name;
        if (mark) {
          markedStates[state] = identifyMarkedArea(mark, length);
        }
        if (customProperty !== void 0) {
          customPropertyAtStates[state] = customProperty;
        }
      };
      var learn = function(patterns) {
        var obj = /* @__PURE__ */ Object.create(null);
        var cp = [];
        for (let i = 0; i < patterns.length; i += 1) {
          const pi = patterns[i];
          if (typeof pi.pattern === "string") {
            const all = composePatterns(pi.pattern);
            for (let j = 0; j < all.length; j += 1)
              cp.push({ name: pi.name, pattern: all[j], mark: pi.mark, customProperty: pi.customProperty });
          } else cp.push({ name: pi.name, pattern: pi.pattern, mark: pi.mark, customProperty: pi.customProperty });
        }
        cp.sort((a, b) => b.pattern.length - a.pattern.length);
        for (let i = 0; i < cp.length; i += 1) {
          learnSinglePattern(cp[i].name, cp[i].pattern, cp[i].mark, cp[i].customProperty);
        }
        for (const ts in terminalStates) obj[terminalStates[ts]] = true;
        return Object.keys(obj).length;
      };
      var setOnPatternDetectionFn = function(f) {
        if (typeof f === "function") {
          onPatternDetectionFn = f;
          return true;
        }
        return false;
      };
      var pushMatch2Patterns = function(patterns, match) {
        var m0 = match[2];
        if (terminalStates[m0] === "0") return;
        var mark = markedStates[m0];
        var customProperty = customPropertyAtStates[m0];
        if (mark) {
          match[0] += mark[0];
          match[1] -= mark[1];
        }
        if (onPatternDetectionFn)
          onPatternDetectionFn(match, customProperty);
        match[2] = terminalStates[m0];
        patterns.push(match);
      };
      var setPatternSwap = function(patterns) {
        if (!patterns || !Array.isArray(patterns)) {
          substitutions = void 0;
          return;
        }
        substitutions = /* @__PURE__ */ Object.create(null);
        patterns.sort((a, b) => a[0] > b[0]);
        patterns.forEach((e) => substitutions[e[0]] = [e[1], e[2]]);
      };
      var recognize = function(tokens, transformToken, param) {
        const length = tokens.length;
        var transformTokenFn = typeof transformToken === "function" ? transformToken : null;
        var patterns = [];
        var first = 0;
        var state = root;
        var ns = root;
        var p = null;
        var lastOtherwiseIndex;
        var lastOtherwiseState;
        var t;
        var delta = 1;
        for (let i = 0; i <= length; i += 1) {
          for (let j = i; j <= length; j += delta) {
            t = j === length ? eosToken : tokens[j];
            if (t === keyLF) continue;
            if (substitutions && substitutions[j]) {
              t = substitutions[j][1];
              delta = substitutions[j][0] - j + 1;
            } else delta = 1;
            if (transformTokenFn && j < length) t = transformTokenFn(t, cache, param, j);
            ns = fsm[state][t] || root;
            if (!state && ns) first = j;
            if (terminalStates[ns]) {
              p = [first, j + delta - 1, ns];
              pushMatch2Patterns(patterns, p);
              i = j;
              j = length + 100;
              ns = root;
              lastOtherwiseState = root;
            } else if (ns === root) {
              if (lastOtherwiseState) {
                p = [first, lastOtherwiseIndex, lastOtherwiseState];
                pushMatch2Patterns(patterns, p);
                i = lastOtherwiseIndex;
                j = length + 100;
                ns = root;
                lastOtherwiseState = root;
              } else {
                j = length + 100;
              }
            }
            state = ns;
            if (fsm[state][otherwise]) {
              lastOtherwiseIndex = j + delta - 1;
              lastOtherwiseState = fsm[state][otherwise];
            }
          }
        }
        return patterns;
      };
      var exportJSON = function() {
        return JSON.stringify(
          [100, lastUsedState, fsm, terminalStates, markedStates, customPropertyAtStates]
        );
      };
      var emptyModelJSON = function() {
        const m0 = /* @__PURE__ */ Object.create(null);
        m0[0] = /* @__PURE__ */ Object.create(null);
        return JSON.stringify(
          [
            100,
            0,
            // `lastUsedState`.
            m0,
            // `fsm`,
            /* @__PURE__ */ Object.create(null),
            // `terminalStates`,
            /* @__PURE__ */ Object.create(null),
            // `markedStates`,
            /* @__PURE__ */ Object.create(null)
            // `customPropertyAtStates`
          ]
        );
      };
      var importJSON = function(json) {
        var model = JSON.parse(json);
        lastUsedState = model[1];
        fsm = model[2];
        terminalStates = model[3];
        markedStates = model[4];
        customPropertyAtStates = model[5];
      };
      var printModel = function() {
        console.log("State Machine:");
        console.log(JSON.stringify(fsm, null, 2));
        console.log();
        console.log("Terminal States:");
        console.log(JSON.stringify(terminalStates, null, 2));
        console.log();
        console.log("Marked States:");
        console.log(JSON.stringify(markedStates, null, 2));
        console.log();
        console.log("customProperty States:");
        console.log(JSON.stringify(customPropertyAtStates, null, 2));
      };
      methods.learn = learn;
      methods.recognize = recognize;
      methods.setPatternSwap = setPatternSwap;
      methods.setOnPatternDetectionFn = setOnPatternDetectionFn;
      methods.exportJSON = exportJSON;
      methods.importJSON = importJSON;
      methods.emptyModelJSON = emptyModelJSON;
      methods.printModel = printModel;
      getNextState(0, 0, 99);
      return methods;
    };
    module.exports = simpleFSM;
  }
});

// node_modules/wink-nlp/src/examples-compiler.js
var require_examples_compiler = __commonJS({
  "node_modules/wink-nlp/src/examples-compiler.js"(exports, module) {
    var DocDataWrapper = require_dd_wrapper();
    var Automata = require_automaton();
    var mappers = require_tokens_mappers();
    var mapRawTokens2UIdOfValue = mappers.mapRawTokens2UIdOfValue;
    var mapRawTokens2UIdOfNormal = mappers.mapRawTokens2UIdOfNormal;
    var cerAutomata = Automata();
    var rgxOr = /^\[((?:[^| ]+\|)+?|(?:\|[^| ]+)+?|(?:[^| ]+\|[^| ]+)+?|(?:[^| ]+))\]$/;
    var rgxPipe = /\|/g;
    var mergeSplitsAndMatches = function(splts, mtchs) {
      const [s0, ...splits] = splts;
      return s0 === void 0 ? mtchs : [s0, ...mergeSplitsAndMatches(mtchs, splits)];
    };
    var compiler = function(cerModel, cache, tokenize, matchValue) {
      var methods = /* @__PURE__ */ Object.create(null);
      var preserve;
      cerAutomata.importJSON(cerModel);
      cerAutomata.setOnPatternDetectionFn((match, customProperty) => match.push(customProperty));
      var hasOrPattern = function(tokens) {
        return tokens.findIndex((e) => rgxOr.test(e)) !== -1;
      };
      var encloseInSquareBracket = function(e) {
        return "[" + e + "]";
      };
      var tokenizeText = function(text) {
        var rdd = /* @__PURE__ */ Object.create(null);
        rdd.cache = cache;
        rdd.tokens = [];
        var wrappedDocData = DocDataWrapper(rdd);
        tokenize(wrappedDocData, text);
        const tokens = [];
        const values = mapRawTokens2UIdOfValue(rdd).map((t) => cache.value(t));
        const normals = mapRawTokens2UIdOfNormal(rdd).map((t) => cache.value(t));
        for (let i = 0; i < values.length; i += 1) tokens.push({ value: values[i], normal: normals[i] });
        return tokens;
      };
      var compileSimplePattern = function(text) {
        const cp = [];
        const tokens = tokenizeText(text);
        const spans = cerAutomata.recognize(tokens.map((t) => t.value));
        const replacements = /* @__PURE__ */ Object.create(null);
        spans.forEach((e) => replacements[e[0]] = [e[1], e[2], e[3]]);
        for (let i = 0; i < tokens.length; i += 1) {
          if (replacements[i]) {
            if (replacements[i][1] !== "") {
              if (replacements[i][2].preserve) {
                const tri0 = matchValue ? tokens[replacements[i][0]].value : tokens[replacements[i][0]].normal;
                const ri1 = matchValue ? replacements[i][1] : replacements[i][1].toLowerCase();
                preserve[tri0] = ri1;
                cp.push(ri1);
              } else {
                cp.push(replacements[i][1]);
              }
            }
            i = replacements[i][0];
          } else {
            const ti = matchValue ? tokens[i].value : tokens[i].normal;
            cp.push(ti);
            preserve[ti] = ti;
          }
        }
        return cp;
      };
      var compileOrPattern = function(tokens) {
        const pattern = [];
        for (let i = 0; i < tokens.length; i += 1) {
          if (rgxOr.test(tokens[i])) {
            const ti = tokens[i].substring(1, tokens[i].length - 1);
            const matches = ti.match(rgxPipe) || [];
            const splits = ti.split(rgxPipe);
            for (let j = 0; j < splits.length; j += 1) {
              const st = splits[j] === "" ? [""] : compileSimplePattern(splits[j]);
              if (st.length > 1) {
                throw Error(`wink-nlp: incorrect token "${st.join("")}" encountered in examples of learnCustomEntities() API.`);
              }
              splits[j] = st[0];
            }
            pattern.push(encloseInSquareBracket(mergeSplitsAndMatches(splits, matches).join("")));
          } else {
            compileSimplePattern(tokens[i]).forEach((t) => pattern.push(encloseInSquareBracket(t)));
          }
        }
        return pattern.join(" ");
      };
      var compileSinglePattern = function(text) {
        const atoms = text.trim().split(/\s+/);
        if (hasOrPattern(atoms)) {
          return compileOrPattern(atoms);
        }
        return compileSimplePattern(text);
      };
      var run = function(examples) {
        const ces = [];
        preserve = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < examples.length; i += 1) {
          const example = examples[i];
          const patterns = example.patterns;
          for (let j = 0; j < patterns.length; j += 1) {
            const cp = compileSinglePattern(patterns[j]);
            const ce = /* @__PURE__ */ Object.create(null);
            ce.name = example.name;
            ce.pattern = cp;
            if (example.mark) ce.mark = example.mark;
            ces.push(ce);
          }
        }
        return { examples: ces, preserve };
      };
      methods.run = run;
      return methods;
    };
    module.exports = compiler;
  }
});

// node_modules/wink-nlp/src/helper.js
var require_helper = __commonJS({
  "node_modules/wink-nlp/src/helper.js"(exports, module) {
    var helper = /* @__PURE__ */ Object.create(null);
    helper.isObject = function(v) {
      return Object.prototype.toString.call(v) === "[object Object]";
    };
    helper.isArray = function(v) {
      return Object.prototype.toString.call(v) === "[object Array]";
    };
    helper.isFiniteInteger = function(n) {
      return typeof n === "number" && !isNaN(n) && isFinite(n) && n === Math.round(n);
    };
    helper.isIntegerArray = function(a) {
      if (!helper.isArray(a)) return false;
      if (a.length === 0) return false;
      for (let i = 0; i < a.length; i += 1) {
        if (!helper.isFiniteInteger(a[i])) return false;
      }
      return true;
    };
    module.exports = helper;
  }
});

// node_modules/wink-nlp/src/wink-nlp.js
var require_wink_nlp = __commonJS({
  "node_modules/wink-nlp/src/wink-nlp.js"(exports, module) {
    var DocDataWrapper = require_dd_wrapper();
    var Doc = require_doc_v2();
    var Cache = require_cache();
    var tokenizer = require_tokenizer();
    var compileTRex = require_compile_trex();
    var mappers = require_tokens_mappers();
    var itsHelpers = require_its();
    var asHelpers = require_as();
    var mapRawTokens2UIdOfNormal = mappers.mapRawTokens2UIdOfNormal;
    var mapRawTokens2UIdOfDefaultPOS = mappers.mapRawTokens2UIdOfDefaultPOS;
    var Compiler = require_examples_compiler();
    var constants = require_constants();
    var fsm = require_automaton();
    var search = require_search();
    var locate = require_locate();
    var helper = require_helper();
    var tkSize = constants.tkSize;
    var nlp = function(theModel, pipe = null, wordEmbeddings = null) {
      var methods = /* @__PURE__ */ Object.create(null);
      var trex;
      var model;
      var cache;
      var tokenize;
      var nerAutomata;
      var nerTransformers;
      var sbdAutomata;
      var sbdTransformers;
      var sbdSetter;
      var negAutomata;
      var negSetter;
      var saAutomata;
      var saSetter;
      var posAutomata;
      var posTransformers;
      var posSetter;
      var posUpdater;
      var cerAutomata;
      var cerTransformer;
      var cerLearnings = 0;
      var cerPreserve;
      var cerConfig;
      var compiler;
      var cerMetaModel;
      var validAnnotations = /* @__PURE__ */ Object.create(null);
      var currPipe = /* @__PURE__ */ Object.create(null);
      var onlyTokenization = true;
      var load = function() {
        model = theModel.core();
        cache = Cache(model, theModel.featureFn);
        trex = compileTRex(model.trex);
        tokenize = tokenizer(trex, model.tcat.hash, model.preserve);
        var sbdModel = theModel.sbd();
        sbdAutomata = new Array(sbdModel.machines.length);
        sbdTransformers = new Array(sbdModel.machines.length);
        for (let i = 0; i < sbdModel.machines.length; i += 1) {
          sbdAutomata[i] = fsm(cache);
          sbdAutomata[i].importJSON(sbdModel.machines[i]);
          sbdTransformers[i] = sbdModel.transformers[i];
        }
        sbdSetter = sbdModel.setter;
        var nerModel = theModel.ner();
        nerAutomata = new Array(nerModel.machines.length);
        nerTransformers = new Array(nerModel.machines.length);
        for (let i = 0; i < nerModel.machines.length; i += 1) {
          nerAutomata[i] = fsm(cache);
          nerAutomata[i].importJSON(nerModel.machines[i]);
          nerTransformers[i] = nerModel.transformers[i];
        }
        var negModel = theModel.negation();
        negAutomata = fsm(cache);
        negAutomata.importJSON(negModel.machines[0]);
        negSetter = negModel.setter;
        var saModel = theModel.sa();
        saAutomata = fsm(cache);
        saAutomata.importJSON(saModel.machines[0]);
        saSetter = saModel.setter;
        var posModel = theModel.pos();
        posAutomata = new Array(posModel.machines.length);
        posTransformers = new Array(nerModel.machines.length);
        for (let i = 0; i < posModel.machines.length; i += 1) {
          posAutomata[i] = fsm(cache, cache.value(0));
          posAutomata[i].importJSON(posModel.machines[i]);
          posTransformers[i] = posModel.transformers[i];
        }
        posSetter = posModel.setter;
        posUpdater = posModel.updater;
        var cmModel = theModel.metaCER();
        cerMetaModel = cmModel.machines;
        cerTransformer = cmModel.transformers[0];
      };
      var readDoc = function(text) {
        if (typeof text !== "string") {
          throw Error(`wink-nlp: expecting a valid Javascript string, instead found "${typeof text}".`);
        }
        var rdd = /* @__PURE__ */ Object.create(null);
        rdd.cache = cache;
        rdd.wordVectors = wordEmbeddings;
        rdd.tokens = [];
        rdd.sentences = [];
        rdd.markings = [];
        rdd.currPipe = currPipe;
        rdd.nonBreakingSpaces = /* @__PURE__ */ Object.create(null);
        var wrappedDocData = DocDataWrapper(rdd);
        tokenize(wrappedDocData, text);
        rdd.numOfTokens = rdd.tokens.length / tkSize;
        rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
        var tokens4Automata = onlyTokenization ? null : mapRawTokens2UIdOfNormal(rdd);
        var px;
        if (currPipe.sbd) {
          px = null;
          for (let i = 0; i < sbdAutomata.length; i += 1) {
            sbdAutomata[i].setPatternSwap(px);
            px = sbdAutomata[i].recognize(tokens4Automata, sbdTransformers[i], rdd.tokens);
          }
          sbdSetter(px, rdd);
          rdd.numOfSentences = rdd.sentences.length;
        } else {
          rdd.numOfSentences = 1;
          rdd.sentences = [[0, rdd.numOfTokens - 1, 0, 0]];
        }
        if (currPipe.ner) {
          px = null;
          for (let i = 0; i < nerAutomata.length; i += 1) {
            nerAutomata[i].setPatternSwap(px);
            px = nerAutomata[i].recognize(tokens4Automata, nerTransformers[i]);
          }
          rdd.entities = px;
        } else {
          rdd.entities = [];
        }
        if (currPipe.negation) {
          px = null;
          px = negAutomata.recognize(tokens4Automata);
          negSetter(px, rdd, constants, search);
        }
        if (currPipe.sentiment) {
          px = null;
          px = saAutomata.recognize(tokens4Automata);
          saSetter(px, rdd, constants, locate);
        }
        if (currPipe.pos) {
          const posTags = mapRawTokens2UIdOfDefaultPOS(rdd);
          px = null;
          for (let i = 0; i < posAutomata.length; i += 1) {
            px = posAutomata[i].recognize(posTags, posTransformers[0], rdd.tokens);
            posUpdater(px, cache, posTags, tokens4Automata);
          }
          posSetter(rdd, posTags, tkSize, constants.bits4lemma);
        }
        if (currPipe.cer) {
          px = null;
          if (cerAutomata !== void 0 && cerLearnings > 0) {
            cerConfig.rdd = rdd;
            cerConfig.preserve = cerPreserve;
            cerConfig.constants = constants;
            if (cerConfig.useEntity) cerAutomata.setPatternSwap(rdd.entities);
            px = cerAutomata.recognize(tokens4Automata, cerTransformer, cerConfig);
          }
          rdd.customEntities = px || [];
        } else rdd.customEntities = [];
        var doc = Doc(rdd, theModel.addons);
        wrappedDocData.clean();
        return doc;
      };
      var learnCustomEntities = function(examples, config) {
        if (helper.isArray(examples)) {
          examples.forEach((ex) => {
            if (helper.isObject(ex)) {
              if (typeof ex.name !== "string" || ex.name === "") {
                throw Error(`wink-nlp: name should be a string, instead found "${ex.name}":

${JSON.stringify(ex, null, 2)}`);
              } else if (helper.isArray(ex.patterns)) {
                for (let k = 0; k < ex.patterns.length; k += 1) {
                  const p = ex.patterns[k];
                  if (typeof p !== "string" || p === "") {
                    throw Error(`wink-nlp: each pattern should be a string, instead found "${p}":

${JSON.stringify(ex, null, 2)}`);
                  }
                }
              } else {
                throw Error(`wink-nlp: patterns should be an array, instead found "${typeof ex.patterns}":

${JSON.stringify(ex, null, 2)}`);
              }
              if (ex.mark !== void 0 && (!helper.isIntegerArray(ex.mark) || ex.mark.length !== 2 || ex.mark.length === 2 && ex.mark[0] > ex.mark[1])) {
                throw Error(`wink-nlp: mark should be an array containing start & end indexes, instead found:

${JSON.stringify(ex.mark, null, 2)}`);
              }
            } else {
              throw Error(`wink-nlp: each example should be an object, instead found a "${typeof ex}":

${JSON.stringify(ex, null, 2)}`);
            }
          });
        } else {
          throw Error(`wink-nlp: examples should be an array, instead found "${typeof examples}".`);
        }
        cerConfig = config === void 0 || config === null ? /* @__PURE__ */ Object.create(null) : JSON.parse(JSON.stringify(config));
        if (!helper.isObject(cerConfig)) {
          throw Error(`wink-nlp: config should be an object, instead found "${typeof cerConfig}".`);
        }
        cerConfig.matchValue = !!cerConfig.matchValue;
        cerConfig.usePOS = cerConfig.usePOS === void 0 ? true : !!cerConfig.usePOS;
        cerConfig.useEntity = cerConfig.useEntity === void 0 ? true : !!cerConfig.useEntity;
        compiler = Compiler(cerMetaModel, cache, tokenize, cerConfig.matchValue);
        cerAutomata = null;
        cerLearnings = 0;
        cerAutomata = fsm();
        const compiled = compiler.run(examples);
        cerPreserve = compiled.preserve;
        cerLearnings = cerAutomata.learn(compiled.examples);
        return cerLearnings;
      };
      if (helper.isObject(theModel)) {
        if (typeof theModel.core !== "function") {
          throw Error("wink-nlp: invalid model used.");
        }
      } else {
        throw Error("wink-nlp: invalid model used.");
      }
      validAnnotations.sbd = typeof theModel.sbd === "function";
      validAnnotations.negation = typeof theModel.negation === "function";
      validAnnotations.sentiment = typeof theModel.sa === "function";
      validAnnotations.pos = typeof theModel.pos === "function";
      validAnnotations.ner = typeof theModel.ner === "function";
      validAnnotations.cer = typeof theModel.metaCER === "function";
      if (wordEmbeddings !== null) {
        if (!helper.isObject(wordEmbeddings))
          throw Error(`wink-nlp: invalid word vectors, it must be an object instead found a "${typeof wordEmbeddings}".`);
        let numOfKeys = 0;
        const wordVectorKeys = /* @__PURE__ */ Object.create(null);
        wordVectorKeys.precision = true;
        wordVectorKeys.l2NormIndex = true;
        wordVectorKeys.wordIndex = true;
        wordVectorKeys.dimensions = true;
        wordVectorKeys.unkVector = true;
        wordVectorKeys.size = true;
        wordVectorKeys.words = true;
        wordVectorKeys.vectors = true;
        for (const key in wordEmbeddings) {
          numOfKeys += 1;
          if (!wordVectorKeys[key])
            throw Error("wink-nlp: invalid word vectors format.");
        }
        if (numOfKeys === 0) throw Error("wink-nlp: empty word vectors found.");
      }
      const tempPipe = pipe === null || pipe === void 0 ? Object.keys(validAnnotations) : pipe;
      if (helper.isArray(tempPipe)) {
        tempPipe.forEach((at) => {
          if (!validAnnotations[at]) throw Error(`wink-nlp: invalid pipe annotation "${at}" found.`);
          currPipe[at] = true;
          onlyTokenization = false;
        });
      } else throw Error(`wink-nlp: invalid pipe, it must be an array instead found a "${typeof pipe}".`);
      load();
      methods.readDoc = readDoc;
      methods.learnCustomEntities = learnCustomEntities;
      methods.its = itsHelpers;
      methods.as = asHelpers;
      methods.vectorOf = function(word, safe = true) {
        if (!wordEmbeddings)
          throw Error("wink-nlp: word vectors are not loaded, use const nlp = winkNLP( model, pipe, wordVectors ) to load.");
        const vectors = wordEmbeddings.vectors;
        const unkVector = wordEmbeddings.unkVector;
        const sliceUpTo = wordEmbeddings.l2NormIndex + 1;
        if (typeof word !== "string") {
          throw Error("winkNLP: input word must be of type string.");
        }
        const tv = vectors[word.toLowerCase()];
        if (tv === void 0) {
          return safe ? unkVector.slice(0, sliceUpTo) : unkVector.slice();
        }
        return safe ? tv.slice(0, sliceUpTo) : tv.slice();
      };
      return methods;
    };
    module.exports = nlp;
  }
});
export default require_wink_nlp();
