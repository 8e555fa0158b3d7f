// For StatisticsPublishTest.php: runs @hrc/framework/statistics (the receiver's code, which the admin
// screen bundles) on JSON from stdin. `period`: { from, to, counters } → the period publishPeriod()
// works out; `csv`: a statistics file → statisticsCsv().
import { publishPeriod, statisticsCsv } from '../../../framework/dist/statistics/index.js';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const data = JSON.parse(input);
if (process.argv[2] === 'csv') process.stdout.write(statisticsCsv(data));
else process.stdout.write(JSON.stringify(publishPeriod({ ...data, threshold: 5 })));
