import { route } from '../core/router.js';
import { billDashboardView } from './bill-dashboard.js';
import { billView } from './bill-page.js';
import { watchRulesView } from './watch-rules.js';
import { watchRuleEditView } from './watch-rule-edit.js';
import { campaignListView, campaignView } from './campaigns.js';
import { syncSourcesView } from './sync-sources.js';

export function registerLegislation() {
  route('/bills', 'Bills', billDashboardView);
  route('/bills/:id', 'Bill', billView);
  route('/watch-rules', 'Watch rules', watchRulesView);
  route('/watch-rules/:id/edit', 'Edit watch rule', watchRuleEditView);
  route('/campaigns', 'Campaigns', campaignListView);
  route('/campaigns/:id', 'Campaign', campaignView);
  route('/bill-sources', 'Bill sources', syncSourcesView);
}
