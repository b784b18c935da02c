import { readFileSync, readdirSync } from 'node:fs';
import { parseYamlText } from '/work/wt/h6-ci/dist/flow/document.js';
import { Lexer, Parser, Composer, parse } from 'yaml';
const dir='/tmp/h6-flows'; const texts=readdirSync(dir).map(f=>readFileSync(dir+'/'+f,'utf8'));
const mode=process.argv[2];
for (let pass=0; pass<3; pass++){
  const t=performance.now();
  for (const text of texts){
    if(mode==='cfsim') parseYamlText(text);
    else if(mode==='cst'){ const p=new Parser(); for (const tok of p.parse(text)); }
    else if(mode==='lex'){ for (const l of new Lexer().lex(text)); }
    else if(mode==='compose'){ const toks=[...new Parser().parse(text)]; const [d]=new Composer({uniqueKeys:true}).compose(toks,true,text.length); }
    else if(mode==='json'){ JSON.parse(JSON.stringify({a:text})); }
  }
  console.log(mode, pass, (performance.now()-t).toFixed(0),'ms');
}
