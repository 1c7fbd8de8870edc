/**
 * Words that pages for families share with the staff's pages, in English: the scenario player's,
 * the contact list's and the phone screens'. The families' interface strings include them (see
 * translation/interface-text.ts), so that they are translated with the rest; a translated page
 * hands each its language's. Staff pages use these. Values go where `{name}` stands.
 */

/** The scenario player's own words; the last three name a family's outcomes. */
export const PLAYER_WORDS = {
	playerSituation: 'The situation',
	playerNextStep: 'What happens next',
	playerTurnedOut: 'How it turned out',
	playerYouChose: 'You chose:',
	playerWhatWouldYouDo: 'What would you do?',
	playerTryAnother: 'Try a different choice',
	playerStartAgain: 'Start again',
	playerWentBack: 'You went back one step.',
	playerStartedAgain: 'You started again.',
	playerGettingEnding: 'Getting the ending ready…',
	playerHappened: 'What happened next',
	playerWhy: 'Why',
	playerPolicySays: 'What the policy says',
	playerYourChoices: 'Your choices',
	familiesFollows: 'What we ask of families',
	familiesPartly: 'Partly what we ask of families',
	familiesBreaches: 'Not what we ask of families'
};

export type PlayerWords = Record<keyof typeof PLAYER_WORDS, string>;

/** The contact list's own words. */
export const CONTACT_WORDS = {
	contactsInSetting: 'In the setting',
	contactsHelplines: 'Helplines and organisations',
	contactsPhone: 'Phone',
	contactsEmail: 'Email',
	contactsWebsite: 'Website'
};

export type ContactWords = Record<keyof typeof CONTACT_WORDS, string>;

/** The words a phone screen draws around its content (a translated page's: see draw-screens). */
export const SCREEN_WORDS = {
	screenOnYourPhone: 'On your phone: {what}',
	screenOnApp: '{what} on {app}',
	screenFriendRequestFrom: 'a friend request from {from}',
	screenFollowRequestFrom: 'a follow request from {from}',
	screenYourPost: 'your post',
	screenPostBy: 'a post by {author}',
	screenGroupChatCalled: 'the group chat “{title}”',
	screenMessagesWith: 'messages with {title}',
	screenYourProfile: 'your profile',
	screenProfileOf: 'the profile of {name}',
	screenNotificationAbout: 'a notification about {from}',
	screenANotification: 'a notification',
	screenReviewOfBy: 'a review of {place} by {author}',
	screenReviewBy: 'a review by {author}',
	screenFriendRequest: 'Friend request',
	screenFollowRequest: 'Follow request',
	screenProfile: 'Profile',
	screenNotification: 'Notification',
	screenReview: 'Review',
	screenReviewOf: 'Review of',
	screenStars: '{rating} out of 5 stars',
	screenWhoCanSee: 'Who can see it: {audience}',
	screenPhoto: 'Photo:',
	screenGroupChat: 'Group chat',
	screenPrivateChat: 'Private chat',
	screenMessages: 'Messages',
	screenComments: 'Comments',
	screenOneLike: '{count} like',
	screenManyLikes: '{count} likes',
	screenOneComment: '{count} comment',
	screenManyComments: '{count} comments',
	screenOneMember: '{count} member',
	screenManyMembers: '{count} members'
};

export type ScreenWords = Record<keyof typeof SCREEN_WORDS, string>;
