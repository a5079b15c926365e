// Peer B: the official Bot Framework SDK for JavaScript (botbuilder 4.23.3), wired as the docs'
// multi-turn-prompt sample (restify + CloudAdapter, anonymous, ConversationState over MemoryStorage), asking
// the same five questions as GuidanceBot's guided flow with the same choices and synonyms. The questions come
// from flow.json, which bench/run.sh writes from Knowledge/Content/guidance/questions.yml (scripts/peer-flow.py),
// so both bots always ask the same thing. Differences from our flow, on purpose kept small:
//   - the needs question is a ChoicePrompt (one pick), not a multi-select;
//   - the final step sends one summary text (no recommendation engine, no cards) and ends the dialog;
//   - "start over" (and the other restart words) cancels whatever is open and asks question 1 again, the
//     interruption pattern of the SDK samples; any message after the summary starts again too.
// deliveryMode "expectReplies" is honoured by CloudAdapter natively: the replies are the HTTP body.
'use strict';
const fs = require('fs');
const path = require('path');
const restify = require('restify');
const {
    ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication,
    ConversationState, MemoryStorage
} = require('botbuilder');
const {
    ChoicePrompt, ComponentDialog, DialogSet, DialogTurnStatus, WaterfallDialog
} = require('botbuilder-dialogs');

const FLOW = JSON.parse(fs.readFileSync(process.env.PEER_FLOW || path.join(__dirname, 'flow.json'), 'utf8'));
const RESTART = new Set(FLOW.restart.map((word) => word.toLowerCase()));
const CHOICE_PROMPT = 'CHOICE_PROMPT';
const WATERFALL = 'WATERFALL';

class GuidedQuestionsDialog extends ComponentDialog {
    constructor() {
        super('guidedQuestionsDialog');
        this.addDialog(new ChoicePrompt(CHOICE_PROMPT));
        const ask = (i) => async (step) => {
            if (i > 0) step.values[FLOW.questions[i - 1].slot] = step.result.value;
            const question = FLOW.questions[i];
            return step.prompt(CHOICE_PROMPT, {
                prompt: question.prompt,
                retryPrompt: `Please pick one of: ${question.choices.map((c) => c.value).join(', ')}.`,
                choices: question.choices
            });
        };
        const last = FLOW.questions.length - 1;
        this.addDialog(new WaterfallDialog(WATERFALL, [
            ...FLOW.questions.map((_, i) => ask(i)),
            async (step) => {
                step.values[FLOW.questions[last].slot] = step.result.value;
                const answers = FLOW.questions.map((q) => `${q.slot}: ${step.values[q.slot]}`).join('; ');
                await step.context.sendActivity(`Thanks! Your answers: ${answers}. Say "start over" to go again.`);
                return step.endDialog();
            }
        ]));
        this.initialDialogId = WATERFALL;
    }

    async run(turnContext, accessor) {
        const dialogSet = new DialogSet(accessor);
        dialogSet.add(this);
        const dialogContext = await dialogSet.createContext(turnContext);
        if (RESTART.has((turnContext.activity.text || '').trim().toLowerCase())) {
            await dialogContext.cancelAllDialogs();
            await dialogContext.beginDialog(this.id);
            return;
        }
        const results = await dialogContext.continueDialog();
        if (results.status === DialogTurnStatus.empty) {
            await dialogContext.beginDialog(this.id);
        }
    }
}

class DialogBot extends ActivityHandler {
    constructor(conversationState, dialog) {
        super();
        this.conversationState = conversationState;
        this.dialog = dialog;
        this.dialogState = conversationState.createProperty('DialogState');
        this.onMessage(async (context, next) => {
            await this.dialog.run(context, this.dialogState);
            await next();
        });
    }

    async run(context) {
        await super.run(context);
        // Save any state changes that might have occurred during the turn.
        await this.conversationState.saveChanges(context, false);
    }
}

const botFrameworkAuthentication = new ConfigurationBotFrameworkAuthentication({}); // no MicrosoftAppId: anonymous
const adapter = new CloudAdapter(botFrameworkAuthentication);
adapter.onTurnError = async (context, error) => {
    console.error(`[onTurnError] ${error}`);
    await context.sendActivity('The bot encountered an error.');
};

const conversationState = new ConversationState(new MemoryStorage());
const bot = new DialogBot(conversationState, new GuidedQuestionsDialog());

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
const port = Number(process.env.PORT || 3978);
server.listen(port, '127.0.0.1', () => console.log(`${server.name} listening on ${server.url} pid ${process.pid}`));
server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
});
